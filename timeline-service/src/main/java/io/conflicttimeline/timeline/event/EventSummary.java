package io.conflicttimeline.timeline.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the one plain sentence that summarises an event from its fields ("Missile attack on Kyiv, ..."). */
public final class EventSummary {

    private EventSummary() {
    }

    public static String sentence(EventAggregate event) {
        String label = label(event);
        StringBuilder sentence = new StringBuilder(label);
        String speaker = speaker(event);
        if (speaker != null) {
            // A statement is read for who made it; without the name "Statement on 2025-02-12." says nothing.
            sentence.append(" by ").append(speaker);
        }
        PlaceRef place = event.place();
        if (place != null && place.name() != null) {
            boolean attack = label.endsWith("attack") || label.endsWith("strike");
            sentence.append(attack ? " on " : " in ").append(placeName(place));
        }
        sentence.append(' ').append(datePhrase(event.dateValue()));
        List<String> figures = new ArrayList<>();
        casualty(figures, event.killed(), "killed");
        casualty(figures, event.injured(), "injured");
        if (figures.isEmpty()) {
            weapons(figures, event.missilesLaunched(), event.missilesIntercepted(), "missiles");
            weapons(figures, event.dronesLaunched(), event.dronesIntercepted(), "drones");
            if (event.prisonersExchanged() != null && event.prisonersExchanged().best() != null) {
                figures.add(event.prisonersExchanged().best() + " prisoners exchanged");
            }
        }
        if (!figures.isEmpty()) {
            sentence.append(": ").append(String.join(", ", figures));
        }
        return sentence.append('.').toString();
    }

    /** The party who made a statement, proposal, rejection or meeting, or null for other events. */
    private static String speaker(EventAggregate event) {
        if (!"Statements".equals(event.type()) || event.actors() == null) {
            return null;
        }
        return event.actors().stream().filter(a -> "party".equals(a.role()) && a.name() != null)
                .map(ActorRef::name).findFirst().orElse(null);
    }

    /** "Missile attack" rather than the ACLED sub-type when the figures say which weapons were used. */
    private static String label(EventAggregate event) {
        boolean missiles = event.missilesLaunched() != null || event.missilesIntercepted() != null;
        boolean drones = event.dronesLaunched() != null || event.dronesIntercepted() != null;
        String subType = event.subType();
        boolean attack = subType != null && (subType.contains("attack") || subType.contains("strike"));
        if (attack && missiles && drones) {
            return "Missile and drone attack";
        }
        if (attack && missiles) {
            return "Missile attack";
        }
        if (attack && drones) {
            return "Drone attack";
        }
        if (subType != null) {
            return subType;
        }
        return event.type() == null ? "Event" : event.type();
    }

    private static String placeName(PlaceRef place) {
        List<String> parts = new ArrayList<>();
        parts.add(place.name());
        if (place.admin1() != null && !place.admin1().equalsIgnoreCase(place.name())) {
            parts.add(place.admin1());
        }
        if (place.country() != null && !"country".equals(place.kind())) {
            String country = Locale.of("", place.country()).getDisplayCountry(Locale.ENGLISH);
            parts.add(country.isBlank() ? place.country() : country);
        }
        return String.join(", ", parts);
    }

    private static String datePhrase(String value) {
        TimexDate date = TimexDate.parse(value);
        LocalDate full = date.fullDate();
        if (full != null) {
            return "on " + full;
        }
        if (date.month() != null && date.day() != null && date.month() >= 1 && date.month() <= 12) {
            return "on " + date.day() + " " + Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + (date.year() == null ? " (year unknown)" : " " + date.year());
        }
        if (date.weekday() != null && date.weekday() >= 1 && date.weekday() <= 7) {
            return "on a " + DayOfWeek.of(date.weekday()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + (date.year() == null ? " (date unknown)" : " in " + date.year());
        }
        if (date.year() != null && date.month() != null) {
            return "in " + String.format(Locale.ROOT, "%04d-%02d", date.year(), date.month());
        }
        if (date.year() != null) {
            return "in " + date.year();
        }
        return "(date unknown)";
    }

    private static void casualty(List<String> parts, FigureRange range, String what) {
        if (range == null || range.best() == null) {
            return;
        }
        parts.add((range.lowerBoundOnly() ? "at least " : "") + range.best() + " " + what);
    }

    private static void weapons(List<String> parts, FigureRange launched, FigureRange intercepted, String what) {
        if (launched != null && launched.best() != null) {
            parts.add(launched.best() + " " + what + " launched");
        }
        if (intercepted != null && intercepted.best() != null) {
            parts.add(intercepted.best() + " " + what + " intercepted");
        }
    }
}
