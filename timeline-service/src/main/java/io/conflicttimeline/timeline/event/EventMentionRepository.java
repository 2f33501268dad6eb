package io.conflicttimeline.timeline.event;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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

    /**
     * The columns the resolver needs of the mentions attached to these events, with their event's creation time, in a
     * stable order. Columns, not entities: the hundreds of candidates' mentions of every placement must not join the
     * persistence context, which Hibernate hydrates, snapshots and walks on every flush of the transaction.
     */
    public Uni<List<MentionRow>> rowsByEvents(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        // The event's creation time as a subquery, not a join: the mapping reads place_parts and
                        // actors by unqualified column names, which both tables have.
                        "select m.eventId, (select e.createdAt from TimelineEvent e where e.id = m.eventId),"
                                + " m.articleId, m.annotationEventId, m.type, m.subType, m.dateValue, m.datePrecision,"
                                + " m.place, m.figures, m.actors, m.background, m.dateInferred from EventMention m"
                                + " where m.eventId in (:ids) order by m.articleId, m.annotationEventId",
                        Object[].class)
                .setParameter("ids", eventIds).getResultList())
                .map(rows -> rows.stream().map(r -> new MentionRow((UUID) r[0], (Instant) r[1], (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (PlaceColumns) r[8],
                        (String) r[9], (String) r[10], (Boolean) r[11], (Boolean) r[12])).toList());
    }

    /** One attached mention as {@link #rowsByEvents} reads it. */
    public record MentionRow(UUID eventId, Instant eventCreatedAt, String articleId, String annotationEventId,
                             String type, String subType, String dateValue, String datePrecision, PlaceColumns place,
                             String figures, String actors, boolean background, boolean dateInferred) {
    }
}
