package io.conflicttimeline.timeline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL that finds one page of GET /timeline (the event ids in timeline order: date ascending, undated last, then
 * id), written so that every branch is an index range scan in that order (see V6__scale_indexes.sql) and stops after
 * {@code limit} rows, however many millions of events there are.
 *
 * <p>An event matches a date window when its calendar range overlaps it. The events that begin inside the window are
 * read in order from the (date_from, id) index; those that began before it and reach into it (a month, a week, a year)
 * come first in the order and are found through the partial indexes of multi-day events by span length
 * ({@link #spanning}, V8__spanning_by_length.sql). Undated events follow the dated ones when no window is given.
 */
final class TimelineSearch {

    /**
     * The longest span in days of each class of multi-day events but the last, which is open (V8's
     * {@code date_span_class}: the same bounds).
     */
    static final int[] SPAN_CLASS_DAYS = {7, 31, 92, 366};

    /**
     * The multi-day events of span class {@code spanClass} (1-based, {@link #SPAN_CLASS_DAYS}) that began before
     * {@code :from} and reach into it, read in order from the index event_spanning_by_length no further back than the
     * class's longest span; with a cursor after that point, from the cursor instead (a btree scan starts at one of two
     * lower bounds on its first column, and not always the tighter one).
     */
    static String spanning(int spanClass, LocalDate from, TimelineCursor cursor, Map<String, Object> params) {
        String span = "e.date_to > e.date_from and {h-schema}date_span_class(e.date_to - e.date_from) = " + spanClass
                + " and e.date_from < :from and e.date_to >= :from";
        if (spanClass > SPAN_CLASS_DAYS.length) {
            return span + " and e.date_from >= cast(:from as date) - (select max(s.date_to - s.date_from)"
                    + " from {h-schema}event s)" + (cursor == null ? "" : " and " + AFTER_CURSOR);
        }
        LocalDate earliest = from.minusDays(SPAN_CLASS_DAYS[spanClass - 1]);
        if (cursor != null && !cursor.dateFrom().isBefore(earliest)) {
            return span + " and " + AFTER_CURSOR;
        }
        params.put("spanFrom" + spanClass, earliest);
        return span + " and e.date_from >= :spanFrom" + spanClass;
    }

    private static final String AFTER_CURSOR = "(e.date_from, e.id) > (:cursorDate, :cursorId)";

    /** SQL text with named parameters. */
    record Sql(String text, Map<String, Object> params) {
    }

    /**
     * Events at or inside a place given by its gazetteer id, mirroring {@link PlaceRef#samePlace} and
     * {@link PlaceRef#contains} in SQL so that the database can use its indexes.
     */
    static String placeScope(PlaceRef place, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        params.put("placeId", place.gazetteerId());
        any.add("e.place_gazetteer_id = :placeId");
        if (place.name() != null && place.kind() != null) {
            params.put("placeName", lower(place.name()));
            params.put("placeKind", place.kind());
            any.add("(e.place_gazetteer_id is null and lower(e.place_name) = :placeName and e.place_kind = :placeKind"
                    + (place.country() == null ? "" : " and upper(e.place_country) = :placeCountry") + ")");
        }
        if (place.country() != null) {
            params.put("placeCountry", place.country().toUpperCase(Locale.ROOT));
        }
        List<String> inner = new ArrayList<>(List.of("district", "city", "admin2", "admin1", "region"));
        inner.removeIf(kind -> new PlaceRef(null, kind, null, null, null, null, null, null, null, null).rank()
                >= place.rank());
        String innerKind = inner.isEmpty() ? "false" : "e.place_kind in ("
                + String.join(", ", inner.stream().map(k -> "'" + k + "'").toList()) + ")";
        String sameCountry = place.country() == null ? ""
                : " and (e.place_country is null or upper(e.place_country) = :placeCountry)";
        switch (place.kind() == null ? "" : place.kind()) {
            case "country" -> {
                if (place.country() != null) {
                    any.add("(upper(e.place_country) = :placeCountry and " + innerKind + ")");
                }
            }
            case "admin1" -> {
                params.put("admin1Name", lower(place.name()));
                params.put("admin1", lower(place.admin1() == null ? place.name() : place.admin1()));
                any.add("((lower(e.place_admin1) = :admin1Name or lower(e.place_admin1) = :admin1) and " + innerKind
                        + sameCountry + ")");
            }
            case "admin2" -> {
                params.put("admin2Name", lower(place.name()));
                params.put("admin2", lower(place.admin2() == null ? place.name() : place.admin2()));
                any.add("((lower(e.place_admin2) = :admin2Name or lower(e.place_admin2) = :admin2) and " + innerKind
                        + sameCountry + ")");
            }
            case "city" -> {
                if (place.admin1() != null) {
                    params.put("cityAdmin1", lower(place.admin1()));
                    String admin2 = "";
                    if (place.admin2() != null) {
                        params.put("cityAdmin2", lower(place.admin2()));
                        params.put("cityName", lower(place.name()));
                        admin2 = " and (e.place_admin2 is null or lower(e.place_admin2) = :cityAdmin2"
                                + " or lower(e.place_admin2) = :cityName)";
                    }
                    String near = "";
                    if (place.lat() != null && place.lon() != null) {
                        params.put("cityLat", place.lat());
                        params.put("cityLon", place.lon());
                        // Haversine, as PlaceRef.withinKm: the hierarchy does not say which city a district is in.
                        near = " and (e.place_lat is null or e.place_lon is null or 2 * 6371 * asin(sqrt("
                                + "power(sin(radians(e.place_lat - :cityLat) / 2), 2) + cos(radians(:cityLat))"
                                + " * cos(radians(e.place_lat)) * power(sin(radians(e.place_lon - :cityLon) / 2), 2)))"
                                + " <= 30)";
                    }
                    any.add("(e.place_kind = 'district' and lower(e.place_admin1) = :cityAdmin1" + admin2 + near
                            + sameCountry + ")");
                }
            }
            default -> {
            }
        }
        return "(" + String.join(" or ", any) + ")";
    }

    /**
     * The ids of the next page (at most {@code limit}), in timeline order. {@code placeScope} is the SQL of a place
     * given by id ({@link #placeScope}), or null.
     */
    static Sql pageIds(TimelineQuery query, String placeScope, Map<String, Object> placeParams, int limit) {
        Map<String, Object> params = new LinkedHashMap<>(placeParams);
        List<String> filters = new ArrayList<>();
        // Filters on columns the order indexes do not include (the table alias is %1$s): see branch.
        List<String> heapFilters = new ArrayList<>();
        if (query.type() != null) {
            filters.add("(lower(e.type) like :type escape '!' or lower(e.sub_type) like :type escape '!')");
            params.put("type", contains(query.type()));
        }
        if (placeScope != null) {
            filters.add(placeScope);
        } else if (query.place() != null) {
            // By hierarchy: a district of Kyiv has admin1 "Kyiv City", a town its oblast as admin1 and raion as admin2.
            filters.add("(lower(e.place_name) like :place escape '!' or lower(e.place_admin1) like :place escape '!'"
                    + " or lower(e.place_admin2) like :place escape '!')");
            params.put("place", contains(query.place()));
        }
        if (query.q() != null) {
            // The summary and the sources' titles (event.source_titles), one trigram index (event_search_trgm).
            heapFilters.add("lower(%1$s.summary || ' ' || %1$s.source_titles) like :q escape '!'");
            params.put("q", contains(query.q()));
        }
        if (query.subType() != null) {
            filters.add("lower(e.sub_type) = :subType");
            params.put("subType", query.subType().toLowerCase(Locale.ROOT));
        }
        if (query.bbox() != null) {
            filters.add("e.place_lon between :minLon and :maxLon and e.place_lat between :minLat and :maxLat");
            params.put("minLon", query.bbox().minLon());
            params.put("maxLon", query.bbox().maxLon());
            params.put("minLat", query.bbox().minLat());
            params.put("maxLat", query.bbox().maxLat());
        }
        if (query.minKilled() != null) {
            filters.add("e.killed_best >= :minKilled");
            params.put("minKilled", query.minKilled());
        }
        if (query.actor() != null) {
            heapFilters.add("%1$s.actor_names like :actor escape '!'");
            params.put("actor", contains(query.actor()));
        }
        params.put("limit", limit);
        TimelineCursor cursor = query.cursor();
        boolean cursorUndated = cursor != null && cursor.dateFrom() == null;
        if (cursor != null) {
            params.put("cursorId", cursor.id());
            if (!cursorUndated) {
                params.put("cursorDate", cursor.dateFrom());
            }
        }
        String afterCursor = cursor == null || cursorUndated ? null : AFTER_CURSOR;
        List<String> branches = new ArrayList<>();
        if (query.from() != null || query.to() != null) {
            if (cursorUndated) {
                // Undated events never match a date window: there is nothing after an undated cursor.
                return new Sql("select e.id, e.date_from from {h-schema}event e where false", params);
            }
            if (query.from() != null) {
                if (cursor == null || cursor.dateFrom().isBefore(query.from())) {
                    params.put("from", query.from());
                    for (int spanClass = 1; spanClass <= SPAN_CLASS_DAYS.length + 1; spanClass++) {
                        branches.add(branch(filters, heapFilters, null,
                                spanning(spanClass, query.from(), cursor, params), true));
                    }
                }
            }
            List<String> starts = new ArrayList<>();
            starts.add("e.date_from is not null");
            if (query.from() != null && cursor != null && !cursor.dateFrom().isBefore(query.from())) {
                afterCursor = AFTER_CURSOR;  // the cursor is the tighter bound: the only one the scan starts at
            } else if (query.from() != null) {
                params.put("from", query.from());
                starts.add("e.date_from >= :from");
                afterCursor = null;  // a cursor before the window: every event beginning inside it comes after it
            }
            if (query.to() != null) {
                params.put("to", query.to());
                starts.add("e.date_from <= :to");
            }
            branches.add(branch(filters, heapFilters, afterCursor, String.join(" and ", starts), false));
        } else {
            if (!cursorUndated) {
                branches.add(branch(filters, heapFilters, afterCursor, "e.date_from is not null", false));
            }
            branches.add(branch(filters, heapFilters, cursorUndated ? "e.id > :cursorId" : null, "e.date_from is null",
                    false));
        }
        String text = "select id, date_from from (" + String.join(" union all ", branches) + ") p"
                + " order by date_from asc nulls last, id limit :limit";
        return new Sql(text, params);
    }

    /**
     * One branch in timeline order: an index range scan that stops after {@code limit} matches. With {@code split}
     * ({@link #spanning}: up to a class's longest span of multi-day events is read to find those that reach into the
     * window) and a filter on a column outside the order indexes (q, actor), the dates select the candidates first,
     * from the narrow index event_spanning_dates (V8; the {@code offset 0} keeps the planner from merging the two steps), and only those
     * rows are read from the table, in order until {@code limit} match: otherwise every one of the year's entries is
     * read from the table before the date condition drops it (seconds on a cold cache). Filters that the wide index
     * covers are cheaper on it than by reading the candidates' rows, so they stay one index-only scan.
     */
    private static String branch(List<String> filters, List<String> heapFilters, String afterCursor, String dates,
                                 boolean split) {
        List<String> where = new ArrayList<>(List.of(dates));
        if (afterCursor != null) {
            where.add(afterCursor);
        }
        List<String> checks = new ArrayList<>(filters);
        heapFilters.forEach(f -> checks.add(String.format(Locale.ROOT, f, "e")));
        if (!split || heapFilters.isEmpty()) {
            where.addAll(checks);
            return "(select e.id, e.date_from from {h-schema}event e where " + String.join(" and ", where)
                    + " order by e.date_from, e.id limit :limit)";
        }
        return "(select c.id, c.date_from from (select e.id, e.date_from from {h-schema}event e where "
                + String.join(" and ", where) + " order by e.date_from, e.id offset 0) c"
                + " join {h-schema}event e on e.id = c.id where " + String.join(" and ", checks)
                + " order by c.date_from, c.id limit :limit)";
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** A case-insensitive "contains" pattern with the user's wildcards escaped. */
    static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
