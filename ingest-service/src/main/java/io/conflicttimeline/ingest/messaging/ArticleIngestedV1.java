package io.conflicttimeline.ingest.messaging;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Payload of article.ingested, schema version 1 (README "ArticleIngested v1"); absent values are null, not omitted. */
@RegisterForReflection
public record ArticleIngestedV1(int schemaVersion, String articleId, String title, String url, String outlet,
        String publishedAt, String language, String text, String receivedAt) {

    public static final int SCHEMA_VERSION = 1;
}
