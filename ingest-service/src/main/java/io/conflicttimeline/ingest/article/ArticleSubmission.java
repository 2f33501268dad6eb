package io.conflicttimeline.ingest.article;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An article as submitted by POST /articles, a line of POST /articles/bulk or a message on ingest.submissions
 * (contract example: contracts/article-submitted-v1.json). Only {@code text} is required.
 */
@RegisterForReflection
public record ArticleSubmission(String text, String title, String url, String outlet, String publishedAt,
        String language) {

    public static ArticleSubmission ofText(String text) {
        return new ArticleSubmission(text, null, null, null, null, null);
    }
}
