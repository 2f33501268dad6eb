package io.conflicttimeline.ingest.article;

import java.util.List;

import io.conflicttimeline.ingest.cleaning.RemovedSpan;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** GET /articles/{id}: metadata, pipeline status, cleaned and raw text, and what cleaning removed. */
@RegisterForReflection
public record ArticleDetails(String id, String title, String url, String outlet, String publishedAt, String language,
        String status, Failure failure, String statusUpdatedAt, String source, String sourceName, String receivedAt,
        boolean published, String text, String rawText, List<RemovedSpan> removed) {

    /** Why a later stage gave up on the article. */
    @RegisterForReflection
    public record Failure(String stage, String reason, String failedAt) {
    }
}
