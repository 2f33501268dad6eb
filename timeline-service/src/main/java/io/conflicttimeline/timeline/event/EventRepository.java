package io.conflicttimeline.timeline.event;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Timeline events. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<TimelineEvent, UUID> {

    /**
     * Placement candidates (ids): the family's events whose calendar range overlaps {@code [from, to]}, oldest first, at
     * most {@code limit}, whose place may be compatible with {@code place} ({@link #mayBeCompatible}). Two index range
     * scans (see V6__scale_indexes.sql): the events that begin inside the window, and the multi-day events that began
     * before it and reach into it; never a scan of the family's earlier events.
     */
    public Uni<List<UUID>> overlapping(String family, LocalDate from, LocalDate to, PlaceRef place, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        return ids(overlappingSql(family, from, to, place, limit, params), params);
    }

    /** The SQL of {@link #overlapping} (its parameters are added to {@code params}). */
    static String overlappingSql(String family, LocalDate from, LocalDate to, PlaceRef place, int limit,
                                 Map<String, Object> params) {
        params.put("family", family);
        params.put("from", from);
        params.put("to", to);
        params.put("limit", limit);
        String places = mayBeCompatible(place, params);
        StringBuilder sql = new StringBuilder("select id from (")
                .append("(select e.id, e.created_at from {h-schema}event e where e.type_family = :family")
                .append(" and e.date_from between :from and :to").append(places)
                .append(" order by e.created_at, e.id limit :limit)");
        // The multi-day events reaching into the window, one branch per span class (V8's event_spanning_by_length):
        // each class is read back only as far as its own longest span, not the longest span of all (a year).
        for (int spanClass = 1; spanClass <= TimelineSearch.SPAN_CLASS_DAYS.length + 1; spanClass++) {
            sql.append(" union all (select e.id, e.created_at from {h-schema}event e where e.type_family = :family and ")
                    .append(TimelineSearch.spanning(spanClass, from, null, params)).append(places)
                    .append(" order by e.created_at, e.id limit :limit)");
        }
        return sql.append(") c order by created_at, id limit :limit").toString();
    }

    /**
     * Placement candidates (ids) by recency: the family's events (only the undated ones when {@code undatedOnly}) in the
     * place's country or without one, whose place may be compatible with {@code place}, most recently updated first.
     */
    public Uni<List<UUID>> recentlyUpdated(String family, PlaceRef place, boolean undatedOnly, int limit) {
        return recentlyUpdated(family, place, undatedOnly, false, limit);
    }

    /**
     * As {@link #recentlyUpdated(String, PlaceRef, boolean, int)}; with {@code knownDateOnly} the events none of whose
     * mentions has a known date field (their derived date has none, {@link TimexDate#hasKnownDateField}) are left out
     * of the selected ones: only a mention with two exact figures can join such an event ({@link EventResolver}), and
     * reading their mentions for any other would be wasted.
     */
    public Uni<List<UUID>> recentlyUpdated(String family, PlaceRef place, boolean undatedOnly, boolean knownDateOnly,
                                           int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = recentlyUpdatedFrom(family, place, undatedOnly, limit, params);
        if (!knownDateOnly) {
            return ids("select e.id" + where, params);
        }
        // The same rows (the limit applies before the filter, as without it), filtered here: whether a TIMEX value
        // has a known field is TimexDate's rule, not SQL's.
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery("select e.id, e.date_value" + where, Object[].class);
            params.forEach(query::setParameter);
            return query.getResultList();
        }).map(rows -> rows.stream().filter(r -> TimexDate.parse((String) r[1]).hasKnownDateField())
                .map(r -> (UUID) r[0]).toList());
    }

    /** The from clause on of {@link #recentlyUpdated}'s SQL, to be preceded by {@code select e.id}. */
    static String recentlyUpdatedFrom(String family, PlaceRef place, boolean undatedOnly, int limit,
                                      Map<String, Object> params) {
        params.put("family", family);
        params.put("limit", limit);
        String country = "";
        if (place != null && place.country() != null) {
            params.put("country", place.country());
            country = " and (e.place_country = :country or e.place_country is null)";
        }
        return " from {h-schema}event e where e.type_family = :family"
                + (undatedOnly ? " and e.date_from is null" : "") + country + mayBeCompatible(place, params)
                + " order by e.updated_at desc, e.id limit :limit";
    }

    /**
     * A superset of the events whose place {@link EventResolver#placesCompatible} accepts with {@code place}, as an SQL
     * condition (empty when any place may be): no place; a country (or region, or unknown kind), which may contain it;
     * or a place whose name, admin1 or admin2 is the mention's name, admin1 or admin2, which is what every
     * {@link PlaceRef#samePlace} and {@link PlaceRef#contains} relation below the country level requires. Without it
     * a window of a dense day holds more same-family events than the candidate limit, and the right one may be cut.
     */
    static String mayBeCompatible(PlaceRef place, Map<String, Object> params) {
        if (place == null || place.kind() == null || "country".equals(place.kind())) {
            return "";
        }
        Set<String> names = Stream.of(place.name(), place.admin1(), place.admin2()).filter(n -> n != null)
                .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
        if (names.isEmpty()) {
            return "";
        }
        params.put("placeNames", names);
        String sameId = "";
        if (place.gazetteerId() != null) {
            params.put("placeGazetteerId", place.gazetteerId());
            sameId = " or e.place_gazetteer_id = :placeGazetteerId";
        }
        return " and ((e.place_name is null and e.place_gazetteer_id is null)"
                + " or e.place_kind is null or e.place_kind not in ('district', 'city', 'admin2', 'admin1')" + sameId
                + " or lower(e.place_name) in (:placeNames) or lower(e.place_admin1) in (:placeNames)"
                + " or lower(e.place_admin2) in (:placeNames))";
    }

    /** The events with these ids, in the order of the ids (ids without an event are left out). */
    public Uni<List<TimelineEvent>> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1", ids).map(found -> {
            Map<UUID, TimelineEvent> byId = found.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        });
    }

    /** The ids an SQL query with named parameters selects, in its order. */
    Uni<List<UUID>> ids(String sql, Map<String, Object> params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, UUID.class);
            params.forEach(query::setParameter);
            return query.getResultList();
        });
    }
}
