package io.conflicttimeline.nlp.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.conflicttimeline.nlp.place.GazetteerEntry;
import io.conflicttimeline.nlp.place.PlaceMention;
import io.conflicttimeline.nlp.quote.QuoteMention;
import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.Sentence;

/**
 * Every place that governs an event: its own place first, then the more specific places inside it that the
 * sentences reporting the event name ("damage in Kyiv's Holosiivskyi and Podilskyi districts" for a strike on Kyiv),
 * each gazetteer place once, in text order. The event keeps one place (the container) so that reports naming
 * different parts of it still agree; the parts say where exactly it hit. Places in quotes are the speaker's words and
 * do not count, as for the event's own place.
 */
public final class EventPlaces {

    private EventPlaces() {
    }

    /** Indexes into {@code places}; empty when the event has no place. */
    public static List<Integer> of(EventMention event, AnalyzedText at, List<PlaceMention> places, List<QuoteMention> quotes) {
        if (event.placeIndex() < 0) {
            return List.of();
        }
        GazetteerEntry where = places.get(event.placeIndex()).entry();
        List<Integer> governing = new ArrayList<>();
        governing.add(event.placeIndex());
        Set<String> seen = new HashSet<>();
        seen.add(where.gazetteerId());
        for (int si : event.sentences()) {
            Sentence s = at.sentences().get(si);
            for (int i = 0; i < places.size(); i++) {
                PlaceMention p = places.get(i);
                if (p.start() >= s.start() && p.end() <= s.end() && !quoted(p, quotes)
                        && p.entry().specificity() > where.specificity() && p.entry().within(where)
                        && seen.add(p.entry().gazetteerId())) {
                    governing.add(i);
                }
            }
        }
        return governing;
    }

    private static boolean quoted(PlaceMention p, List<QuoteMention> quotes) {
        for (QuoteMention q : quotes) {
            if (p.start() >= q.start() && p.start() < q.end()) {
                return true;
            }
        }
        return false;
    }
}
