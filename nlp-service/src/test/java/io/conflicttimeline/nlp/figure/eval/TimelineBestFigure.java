package io.conflicttimeline.nlp.figure.eval;

import io.conflicttimeline.nlp.figure.CasualtyAggregator.Count;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The timeline's best figure over an event's sources (timeline-service {@code FigureRange.of}), so that the casualty
 * evaluation scores what the timeline would show. A copy for the evaluation only, pinned to the original by the
 * shared cases in timeline-service's {@code figure-reconciliation/cases.tsv} and {@code injured-cases.tsv}
 * ({@link TimelineBestFigureTest}).
 */
final class TimelineBestFigure {

    private TimelineBestFigure() {
    }

    /** The best killed and injured figures of one event. */
    record Best(Integer killed, Integer injured) {}

    /**
     * Killed and injured over the same sources, each source's two reports at the same positions (timeline-service
     * {@code FigureRange.injured}): killed by {@link #best}; injured by {@link #best} over the sources whose exact
     * killed report is the best killed figure, when any of them states injured; else, when someone died, over every
     * source with one wounded person in a source silent on the dead read as none.
     */
    static Best casualties(List<Count> killed, List<Count> injured) {
        Integer bestKilled = best(killed);
        if (bestKilled == null) {
            return new Best(null, best(injured));
        }
        List<Count> agreeing = new ArrayList<>();
        for (int n = 0; n < injured.size(); n++) {
            Count k = killed.get(n);
            if (injured.get(n) != null && k != null && isExact(k) && k.value() == bestKilled) {
                agreeing.add(injured.get(n));
            }
        }
        if (agreeing.isEmpty() && bestKilled > 0) {
            for (int n = 0; n < injured.size(); n++) {
                Count i = injured.get(n);
                boolean oneWoundedBeforeDeath = killed.get(n) == null && i != null && isExact(i) && i.value() == 1;
                agreeing.add(oneWoundedBeforeDeath ? new Count(0, "exact") : i);
            }
        }
        Integer voted = best(agreeing);
        return new Best(bestKilled, voted == null ? best(injured) : voted);
    }

    private static boolean isExact(Count c) {
        return c.qualifier() == null || "exact".equals(c.qualifier());
    }

    /** The most-stated exact figure (ties to the larger), else "about", else the highest "at least", else "at most". */
    static Integer best(List<Count> reports) {
        List<Count> present = reports.stream().filter(Objects::nonNull).toList();
        Integer best = mostReported(present, "exact");
        if (best == null) {
            best = mostReported(present, "about");
        }
        if (best == null) {
            best = present.stream().filter(c -> "at_least".equals(c.qualifier())).map(Count::value)
                    .max(Integer::compare).orElse(null);
        }
        if (best == null) {
            best = present.stream().filter(c -> "at_most".equals(c.qualifier())).map(Count::value)
                    .min(Integer::compare).orElse(null);
        }
        return best;
    }

    private static Integer mostReported(List<Count> reports, String qualifier) {
        Map<Integer, Integer> votes = new TreeMap<>();
        for (Count c : reports) {
            boolean exact = c.qualifier() == null || "exact".equals(c.qualifier());
            if ("exact".equals(qualifier) ? exact : qualifier.equals(c.qualifier())) {
                votes.merge(c.value(), 1, Integer::sum);
            }
        }
        Integer best = null;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
            if (e.getValue() >= most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
