package io.conflicttimeline.timeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The figure of an event over all its sources.
 *
 * <p>{@code best} is the figure most sources state exactly; a tie goes to the larger figure, because counts get
 * revised upwards (a wounded victim dies, more wounded are found) far more often than down, and a source with the
 * complete count outweighs one that wrote before it. Without an exact report, the same vote over "about" figures,
 * else the highest "at least" bound (the most that is known for sure; {@code lowerBoundOnly} then says so), else the
 * lowest "at most" bound. A source silent on a figure does not vote. {@code low} is the minimum lower bound over the
 * reports ("at least n", "about n" and exact figures; "at most" gives none), {@code high} the maximum figure reported:
 * the conservative range stays visible next to the best figure. Measured on 2,736 gun-violence incidents reported by
 * several outlets (nlp-service {@code IncidentCasualtyEvaluationTest}, which applies this rule through the shared
 * cases in {@code src/test/resources/figure-reconciliation/cases.tsv}), the vote beats the former "lowest exact
 * figure" (timeline-service README).
 */
public record FigureRange(Integer low, Integer best, Integer high, boolean lowerBoundOnly) {

    /**
     * The wounded figure over sources that each report killed and injured at the same positions. A victim who dies
     * moves from the wounded to the dead, so a source written before the death (or that counted the dead differently)
     * states both figures in that other state, and its wounded count belongs with its own death toll. So {@code best}
     * is voted (as {@link #of}) by the sources whose exact death toll is the event's best killed figure, when any of
     * them states the wounded; when none does, a source silent on the dead that tells of one wounded person counts as
     * none surviving wounded, since the event's dead include that person far more often than not (the one victim "in
     * critical condition" of an early report, who "died" in the later ones). {@code high} and {@code low} stay over
     * every source ({@code low} down to {@code best}). Measured on the gun-violence incidents (nlp-service
     * {@code IncidentCasualtyEvaluationTest}, dev half): injured exact per incident 0.821 -> 0.833.
     */
    public static FigureRange injured(List<FigureReport> injured, List<FigureReport> killed) {
        FigureRange all = of(injured);
        FigureRange dead = of(killed);
        if (all == null || dead == null) {
            return all;
        }
        List<FigureReport> agreeing = new ArrayList<>();
        for (int n = 0; n < injured.size(); n++) {
            FigureReport k = killed.get(n);
            if (injured.get(n) != null && k != null && k.isExact() && k.value() == dead.best()) {
                agreeing.add(injured.get(n));
            }
        }
        if (agreeing.isEmpty() && dead.best() > 0) {
            for (int n = 0; n < injured.size(); n++) {
                FigureReport i = injured.get(n);
                boolean oneWoundedBeforeDeath = killed.get(n) == null && i != null && i.isExact() && i.value() == 1;
                agreeing.add(oneWoundedBeforeDeath ? FigureReport.exact(0) : i);
            }
        }
        FigureRange voted = of(agreeing);
        if (voted == null) {
            return all;
        }
        Integer low = all.low() == null ? null : Math.min(all.low(), voted.best());
        return new FigureRange(low, voted.best(), all.high(), voted.lowerBoundOnly());
    }

    public static FigureRange of(List<FigureReport> reports) {
        List<FigureReport> present = reports.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        Integer low = present.stream().filter(r -> !"at_most".equals(r.qualifier())).map(FigureReport::value)
                .min(Integer::compare).orElse(null);
        Integer high = present.stream().map(FigureReport::value).max(Integer::compare).orElse(null);
        Integer best = mostReported(present, "exact");
        if (best == null) {
            best = mostReported(present, "about");
        }
        boolean lowerBoundOnly = false;
        if (best == null) {
            best = present.stream().filter(r -> "at_least".equals(r.qualifier())).map(FigureReport::value)
                    .max(Integer::compare).orElse(null);
            lowerBoundOnly = best != null;
        }
        if (best == null) {
            best = present.stream().filter(r -> "at_most".equals(r.qualifier())).map(FigureReport::value)
                    .min(Integer::compare).orElse(null);
        }
        return new FigureRange(low, best, high, lowerBoundOnly);
    }

    /** The value most reports with this qualifier state, ties to the larger; null when none has it. */
    private static Integer mostReported(List<FigureReport> reports, String qualifier) {
        Map<Integer, Integer> votes = new TreeMap<>();
        for (FigureReport r : reports) {
            if ("exact".equals(qualifier) ? r.isExact() : qualifier.equals(r.qualifier())) {
                votes.merge(r.value(), 1, Integer::sum);
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
