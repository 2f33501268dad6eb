package io.conflicttimeline.timeline.event;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Event mentions. */
@ApplicationScoped
public class EventMentionRepository implements PanacheRepositoryBase<EventMention, UUID> {

    public Uni<List<EventMention>> byEvents(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("eventId in ?1 order by articleId, annotationEventId", eventIds);
    }

    public Uni<List<EventMention>> byArticle(String articleId) {
        return list("articleId = ?1 order by start, annotationEventId", articleId);
    }
}
