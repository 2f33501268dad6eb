package io.conflicttimeline.timeline.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** An annotated article as received; {@code id} is the articleId, the key of idempotent placement. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    public String id;
    public String title;
    public String outlet;
    public String url;
    @Column(name = "published_at")
    public String publishedAt;
    public String language;
    @Column(name = "document_date")
    public String documentDate;
    @Column(name = "document_date_precision")
    public String documentDatePrecision;
    /** The ArticleAnnotated message as received; jsonb in the database, text here. */
    @ColumnTransformer(read = "cast(annotation as text)", write = "cast(cast(? as text) as jsonb)")
    public String annotation;
    @Column(name = "stored_at")
    public Instant storedAt;
    /** The annotation's mainEventId (the article's main event mention). */
    @Column(name = "main_event_id")
    public String mainEventId;
    /** Document date inferred from the timeline event the main event joined (when the text gives none). */
    @Column(name = "inferred_document_date")
    public java.time.LocalDate inferredDocumentDate;
    @Column(name = "inferred_date_confidence")
    public Double inferredDateConfidence;
    @Column(name = "inferred_date_method")
    public String inferredDateMethod;
    @Column(name = "inferred_date_event_id")
    public java.util.UUID inferredDateEventId;
    /** Id of the original article of the family this one belongs to (rewrites and syndicated copies). */
    @Column(name = "source_family")
    public String sourceFamily;
    @Column(name = "rewrite_of")
    public String rewriteOf;
    public Double similarity;
}
