package io.conflicttimeline.ingest.article;

import java.util.List;

import io.conflicttimeline.ingest.cleaning.RemovedSpan;

/** A validated, cleaned submission with its id: everything needed to store it. */
public record PreparedArticle(String id, String title, String url, String outlet, String publishedAt,
        String language, String text, String rawText, List<RemovedSpan> removed) {
}
