package io.conflicttimeline.ingest.article;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Articles in schema `ingest`. Status changes are single conditional updates so concurrent messages cannot race. */
@ApplicationScoped
@WithSession
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    public Uni<List<Article>> listByStatus(ArticleStatus status, int limit) {
        Sort newestFirst = Sort.descending("receivedAt").and("id");
        return (status == null ? findAll(newestFirst) : find("status", newestFirst, status.label()))
                .page(Page.ofSize(limit)).list();
    }

    public Uni<List<Article>> listUnpublished(Instant receivedBefore, int limit) {
        return find("published = false and receivedAt < ?1", Sort.ascending("receivedAt"), receivedBefore)
                .page(Page.ofSize(limit)).list();
    }

    public Uni<Integer> markPublished(String id, Instant now) {
        return update("published = true, ingestedSentAt = :now where id = :id and published = false",
                Parameters.with("now", now).and("id", id));
    }

    /** Raises the status only: returns 0 when the article is unknown or already at this rank or beyond. */
    public Uni<Integer> raiseStatus(String id, ArticleStatus status, Instant now) {
        return update("status = :status, statusRank = :rank, statusUpdatedAt = :now where id = :id and statusRank < :rank",
                Parameters.with("status", status.label()).and("rank", (short) status.rank()).and("now", now).and("id", id));
    }

    public Uni<Integer> recordFailure(String id, String stage, String reason, Instant failedAt) {
        return update("failureStage = :stage, failureReason = :reason, failedAt = :failedAt where id = :id",
                Parameters.with("stage", stage).and("reason", reason).and("failedAt", failedAt).and("id", id));
    }
}
