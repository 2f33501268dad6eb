package io.conflicttimeline.ingest.article;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One row of GET /articles. */
@RegisterForReflection
public record ArticleSummary(String id, String status, String title, String receivedAt) {

    static ArticleSummary of(Article a) {
        return new ArticleSummary(a.getId(), a.getStatus().label(), a.getTitle(), a.getReceivedAt().toString());
    }
}
