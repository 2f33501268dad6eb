package io.conflicttimeline.nlp.messaging;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** ArticleIngested v1 ({@code article.ingested}), as published by ingest-service. */
@RegisterForReflection
public record ArticleIngested(int schemaVersion, String articleId, String title, String url, String outlet, String publishedAt,
        String language, String text, String receivedAt) {
}
