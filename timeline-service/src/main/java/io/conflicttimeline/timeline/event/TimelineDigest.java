package io.conflicttimeline.timeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders timeline events as a one-screen plain-text table: date, number of sources, type, place, figures. */
public final class TimelineDigest {

    /** Figures come last and are never cut: they are what an analyst reads the table for. */
    private static final String LINE_FORMAT = "%-19s %3s  %-33s %-26s %s%n";

    private TimelineDigest() {
    }

    public static String render(List<EventView> events, boolean more) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, LINE_FORMAT, "DATE", "SRC", "TYPE", "PLACE", "FIGURES"));
        for (EventView event : events) {
            text.append(String.format(Locale.ROOT, LINE_FORMAT, cut(date(event), 19), event.sources().size(),
                    cut(type(event), 33), cut(place(event.location()), 26), figures(event.figures())));
        }
        text.append(events.size()).append(events.size() == 1 ? " event" : " events");
        if (more) {
            text.append(" (more: GET /timeline?cursor=…)");
        }
        return text.append('\n').toString();
    }

    private static String date(EventView event) {
        if (event.date() == null) {
            return "undated";
        }
        return event.datePrecision() == null ? event.date() : event.date() + " " + abbreviate(event.datePrecision());
    }

    /** Keeps "XXXX-WXX-3TMO (pod)" inside its column. */
    private static String abbreviate(String precision) {
        return switch (precision) {
            case "part-of-day" -> "(pod)";
            case "day" -> "";
            default -> "(" + precision + ")";
        };
    }

    private static String type(EventView event) {
        return event.subType() == null ? String.valueOf(event.type()) : event.subType();
    }

    private static String place(EventView.Location location) {
        if (location == null || location.name() == null) {
            return "-";
        }
        return location.admin1() == null || location.admin1().equals(location.name()) ? location.name()
                : location.name() + ", " + location.admin1();
    }

    private static String figures(EventView.Figures figures) {
        if (figures == null) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        range("killed", figures.killed(), parts);
        range("injured", figures.injured(), parts);
        weapons("missiles", figures.missiles(), parts);
        weapons("drones", figures.drones(), parts);
        if (figures.prisoners() != null && figures.prisoners().exchanged() != null) {
            parts.add("exchanged " + figures.prisoners().exchanged());
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static void range(String label, EventView.Range range, List<String> parts) {
        if (range == null) {
            return;
        }
        Integer shown = range.best() != null ? range.best() : range.low();
        if (shown == null) {
            return;
        }
        boolean spread = range.high() != null && !range.high().equals(shown);
        parts.add(label + " " + shown + (spread ? "-" + range.high() : ""));
    }

    private static void weapons(String label, EventView.Weapons weapons, List<String> parts) {
        if (weapons == null || weapons.launched() == null && weapons.intercepted() == null) {
            return;
        }
        String launched = weapons.launched() == null ? "?" : weapons.launched().toString();
        String intercepted = weapons.intercepted() == null ? "?" : weapons.intercepted().toString();
        parts.add(label + " " + intercepted + "/" + launched + " down");
    }

    private static String cut(String value, int width) {
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }
}
