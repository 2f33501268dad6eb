package io.conflicttimeline.timeline.event;

import java.util.List;
import java.util.Objects;

/**
 * The figure of an event over all its sources.
 *
 * <p>ACLED-style, conservative: {@code best} is the lowest exact figure reported; without an exact report the
 * lowest "about" figure, else the highest "at least" bound (the most that is known for sure; {@code lowerBoundOnly}
 * then says so), else the lowest "at most" bound. {@code low} is the minimum lower bound over the reports ("at
 * least n", "about n" and exact figures; "at most" gives none), {@code high} the maximum figure reported.
 */
public record FigureRange(Integer low, Integer best, Integer high, boolean lowerBoundOnly) {

    public static FigureRange of(List<FigureReport> reports) {
        List<FigureReport> present = reports.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        Integer low = present.stream().filter(r -> !"at_most".equals(r.qualifier())).map(FigureReport::value)
                .min(Integer::compare).orElse(null);
        Integer high = present.stream().map(FigureReport::value).max(Integer::compare).orElse(null);
        Integer best = lowest(present, "exact");
        if (best == null) {
            best = lowest(present, "about");
        }
        boolean lowerBoundOnly = false;
        if (best == null) {
            best = present.stream().filter(r -> "at_least".equals(r.qualifier())).map(FigureReport::value)
                    .max(Integer::compare).orElse(null);
            lowerBoundOnly = best != null;
        }
        if (best == null) {
            best = lowest(present, "at_most");
        }
        return new FigureRange(low, best, high, lowerBoundOnly);
    }

    private static Integer lowest(List<FigureReport> reports, String qualifier) {
        return reports.stream()
                .filter(r -> "exact".equals(qualifier) ? r.isExact() : qualifier.equals(r.qualifier()))
                .map(FigureReport::value).min(Integer::compare).orElse(null);
    }
}
