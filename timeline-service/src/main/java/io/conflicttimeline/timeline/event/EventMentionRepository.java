package io.conflicttimeline.timeline.event;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * {@link #rowsByEvents} of the events a candidate query selects, in one statement: {@code candidatesSql} (native SQL,
     * named parameters) selects {@code id} and {@code known_date_only}; the events selected with the latter whose
     * derived date has no known field ({@link TimexDate#hasKnownDateField}) are left out, since only a mention with two
     * exact figures could join them. Native SQL: an id list in HQL is translated again for every length.
     */
    public Uni<List<MentionRow>> rowsOfCandidates(String candidatesSql, Map<String, Object> params) {
        String sql = "select m.event_id, e.created_at, e.date_value, c.known_date_only, m.article_id,"
                + " m.annotation_event_id, m.type, m.sub_type, m.date_value, m.date_precision, m.place_name,"
                + " m.place_kind, m.place_admin1, m.place_admin2, m.place_country, m.place_lat, m.place_lon,"
                + " m.place_gazetteer_id, m.place_geoname_id, m.place_precision, cast(m.place_parts as text),"
                + " cast(m.figures as text), cast(m.actors as text), m.background, m.date_inferred"
                + " from (" + candidatesSql + ") c join {h-schema}event e on e.id = c.id"
                + " join {h-schema}event_mention m on m.event_id = c.id"
                + " order by m.article_id, m.annotation_event_id";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            params.forEach(query::setParameter);
            return query.getResultList();
        }).map(rows -> {
            List<MentionRow> found = new ArrayList<>(rows.size());
            Map<String, Boolean> known = new HashMap<>();
            for (Object[] r : rows) {
                if (Boolean.TRUE.equals(r[3]) && !known.computeIfAbsent(String.valueOf(r[2]),
                        v -> TimexDate.parse((String) r[2]).hasKnownDateField())) {
                    continue;
                }
                PlaceColumns place = new PlaceColumns();
                place.name = (String) r[10];
                place.kind = (String) r[11];
                place.admin1 = (String) r[12];
                place.admin2 = (String) r[13];
                place.country = (String) r[14];
                place.lat = r[15] == null ? null : ((Number) r[15]).doubleValue();
                place.lon = r[16] == null ? null : ((Number) r[16]).doubleValue();
                place.gazetteerId = (String) r[17];
                place.geonameId = r[18] == null ? null : ((Number) r[18]).longValue();
                place.precision = (String) r[19];
                place.parts = (String) r[20];
                found.add(new MentionRow((UUID) r[0], instant(r[1]), (String) r[4], (String) r[5], (String) r[6],
                        (String) r[7], (String) r[8], (String) r[9], place, (String) r[21], (String) r[22],
                        Boolean.TRUE.equals(r[23]), Boolean.TRUE.equals(r[24])));
            }
            return found;
        });
    }

    /** A timestamptz as the native query returns it. */
    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }

    /** One attached mention as {@link #rowsByEvents} reads it. */
    public record MentionRow(UUID eventId, Instant eventCreatedAt, String articleId, String annotationEventId,
                             String type, String subType, String dateValue, String datePrecision, PlaceColumns place,
                             String figures, String actors, boolean background, boolean dateInferred) {
    }
}
