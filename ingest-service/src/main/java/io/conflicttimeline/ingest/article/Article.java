package io.conflicttimeline.ingest.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored article: metadata, raw and cleaned text, what cleaning removed, status and outbox flag. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    private String id;
    private String title;
    private String url;
    private String outlet;
    @Column(name = "published_at")
    private String publishedAt;
    private String language;
    private String text;
    @Column(name = "raw_text")
    private String rawText;
    /** JSON array of removed spans; only ever read back whole, so it needs no table of its own. */
    @Column(name = "removed_spans")
    private String removedSpans;
    @Enumerated(EnumType.STRING)
    private IngestSource source;
    @Column(name = "source_name")
    private String sourceName;
    @Column(name = "received_at")
    private Instant receivedAt;
    private boolean published;
    @Column(name = "ingested_sent_at")
    private Instant ingestedSentAt;
    private String status;
    @Column(name = "status_rank")
    private short statusRank;
    @Column(name = "status_updated_at")
    private Instant statusUpdatedAt;
    @Column(name = "failure_stage")
    private String failureStage;
    @Column(name = "failure_reason")
    private String failureReason;
    @Column(name = "failed_at")
    private Instant failedAt;

    protected Article() {
    }

    static Article received(PreparedArticle prepared, String removedSpansJson, IngestSource source,
            String sourceName, Instant now) {
        Article a = new Article();
        a.id = prepared.id();
        a.title = prepared.title();
        a.url = prepared.url();
        a.outlet = prepared.outlet();
        a.publishedAt = prepared.publishedAt();
        a.language = prepared.language();
        a.text = prepared.text();
        a.rawText = prepared.rawText();
        a.removedSpans = removedSpansJson;
        a.source = source;
        a.sourceName = sourceName;
        a.receivedAt = now;
        a.status = ArticleStatus.RECEIVED.label();
        a.statusRank = (short) ArticleStatus.RECEIVED.rank();
        a.statusUpdatedAt = now;
        return a;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getOutlet() {
        return outlet;
    }

    public String getPublishedAt() {
        return publishedAt;
    }

    public String getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }

    public String getRawText() {
        return rawText;
    }

    public String getRemovedSpans() {
        return removedSpans;
    }

    public IngestSource getSource() {
        return source;
    }

    public String getSourceName() {
        return sourceName;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getIngestedSentAt() {
        return ingestedSentAt;
    }

    public ArticleStatus getStatus() {
        return ArticleStatus.fromLabel(status);
    }

    public Instant getStatusUpdatedAt() {
        return statusUpdatedAt;
    }

    public String getFailureStage() {
        return failureStage;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
