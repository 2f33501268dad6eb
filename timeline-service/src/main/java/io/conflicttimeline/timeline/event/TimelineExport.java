package io.conflicttimeline.timeline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders timeline events as ACLED-like CSV, GeoJSON and JSON Lines. */
public final class TimelineExport {

    /** ACLED's columns (lower-case), then ours: injured and weapon counts, our date value and source count. */
    public static final List<String> CSV_COLUMNS = List.of("event_id", "event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "actor2", "admin1", "admin2", "location", "latitude", "longitude",
            "geo_precision", "source", "notes", "fatalities", "injured", "missiles_launched", "missiles_intercepted",
            "drones_launched", "drones_intercepted", "date_value", "source_count");

    private TimelineExport() {
    }

    /** RFC 4180: CRLF line ends, a field with a comma, quote or line break quoted, quotes doubled. */
    public static String csv(List<EventView> events) {
        StringBuilder out = new StringBuilder();
        row(out, new ArrayList<>(CSV_COLUMNS));
        for (EventView e : events) {
            EventView.Location l = e.location();
            List<Object> fields = new ArrayList<>();
            fields.add(e.id());
            fields.add(calendarDate(e.date()));
            fields.add(timePrecision(e.datePrecision(), e.date()));
            fields.add(e.type());
            fields.add(e.subType());
            String[] actors = actors(e);
            fields.add(actors[0]);
            fields.add(actors[1]);
            fields.add(l == null ? null : l.admin1());
            fields.add(admin2(e));
            fields.add(l == null ? null : l.name());
            fields.add(l == null ? null : l.lat());
            fields.add(l == null ? null : l.lon());
            fields.add(l == null ? null : geoPrecision(l.precision()));
            fields.add(e.sources().stream().map(s -> s.outlet() != null ? s.outlet()
                    : s.title() != null ? s.title() : s.articleId()).distinct().collect(Collectors.joining("; ")));
            fields.add(e.summary());
            fields.add(best(e.figures().killed()));
            fields.add(best(e.figures().injured()));
            fields.add(e.figures().missiles().launched());
            fields.add(e.figures().missiles().intercepted());
            fields.add(e.figures().drones().launched());
            fields.add(e.figures().drones().intercepted());
            fields.add(e.date());
            fields.add(e.sources().size());
            row(out, fields);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = fields.get(i);
            String text = value == null ? "" : value.toString();
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
    }

    /** The calendar day (yyyy-MM-dd) of a date value with a known year, month and day; empty otherwise. */
    static String calendarDate(String value) {
        java.time.LocalDate full = TimexDate.parse(value).fullDate();
        return full == null ? null : full.toString();
    }

    /** ACLED: 1 = the day is known, 2 = the week, 3 = the month (or less). */
    static Integer timePrecision(String precision, String value) {
        if (value == null) {
            return null;
        }
        return switch (precision == null ? "" : precision) {
            case "minute", "hour", "part-of-day", "day" -> calendarDate(value) != null ? 1 : 3;
            case "week" -> 2;
            default -> 3;
        };
    }

    /** ACLED-like: 1 = the settlement (or a district of it), 2 = a larger area around it, 3 = a region. */
    static Integer geoPrecision(String precision) {
        return switch (precision == null ? "" : precision) {
            case "settlement", "district" -> 1;
            case "admin2" -> 2;
            default -> 3;
        };
    }

    /**
     * ACLED's admin2, the second-order divisions the event is in: the location's own admin2, else the districts or
     * raions inside the location that the sources name ("Holosiivskyi District; Podilskyi District" for a strike on
     * Kyiv), else none.
     */
    static String admin2(EventView e) {
        EventView.Location l = e.location();
        if (l == null) {
            return null;
        }
        if (l.admin2() != null) {
            return l.admin2();
        }
        String parts = e.places().stream().skip(1)
                .filter(p -> "district".equals(p.kind()) || "admin2".equals(p.kind()))
                .map(EventView.Location::name).collect(Collectors.joining("; "));
        return parts.isEmpty() ? null : parts;
    }

    /** ACLED's actor1/actor2: the attacker and the target, else the parties in order. */
    private static String[] actors(EventView e) {
        String attacker = e.actors().stream().filter(a -> "attacker".equals(a.role())).map(EventView.Actor::name)
                .findFirst().orElse(null);
        String target = e.actors().stream().filter(a -> "target".equals(a.role())).map(EventView.Actor::name)
                .findFirst().orElse(null);
        List<String> parties = e.actors().stream().filter(a -> !"attacker".equals(a.role())
                && !"target".equals(a.role())).map(EventView.Actor::name).toList();
        int next = 0;
        if (attacker == null && next < parties.size()) {
            attacker = parties.get(next++);
        }
        if (target == null && next < parties.size()) {
            target = parties.get(next);
        }
        return new String[] {attacker, target};
    }

    private static Integer best(EventView.Range range) {
        return range == null ? null : range.best();
    }

    /** A FeatureCollection; a feature's geometry is a Point [lon, lat], or null when the event has no location. */
    public static String geoJson(List<EventView> events, ObjectMapper mapper) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (EventView e : events) {
            EventView.Location l = e.location();
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", e.id());
            feature.put("geometry", l == null || l.lat() == null || l.lon() == null ? null
                    : Map.of("type", "Point", "coordinates", List.of(l.lon(), l.lat())));
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("date", e.date());
            properties.put("datePrecision", e.datePrecision());
            properties.put("type", e.type());
            properties.put("subType", e.subType());
            properties.put("place", l == null ? null : l.name());
            properties.put("admin1", l == null ? null : l.admin1());
            properties.put("admin2", admin2(e));
            properties.put("places", e.places().stream().map(EventView.Location::name).toList());
            properties.put("country", l == null ? null : l.country());
            properties.put("geoPrecision", l == null ? null : l.precision());
            properties.put("killed", best(e.figures().killed()));
            properties.put("injured", best(e.figures().injured()));
            properties.put("summary", e.summary());
            properties.put("sourceCount", e.sources().size());
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return write(mapper, collection);
    }

    /** One event (the GET /events/{id} representation) per line. */
    public static String jsonLines(List<EventView> events, ObjectMapper mapper) {
        StringBuilder out = new StringBuilder();
        events.forEach(e -> out.append(write(mapper, e)).append('\n'));
        return out.toString();
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
