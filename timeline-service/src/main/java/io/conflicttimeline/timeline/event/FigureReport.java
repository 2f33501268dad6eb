package io.conflicttimeline.timeline.event;

/** One reported count with its qualifier ({@code exact|at_least|at_most|about}); a null qualifier reads as exact. */
public record FigureReport(int value, String qualifier) {

    public static FigureReport exact(int value) {
        return new FigureReport(value, "exact");
    }

    public static FigureReport atLeast(int value) {
        return new FigureReport(value, "at_least");
    }

    public boolean isExact() {
        return qualifier == null || "exact".equals(qualifier);
    }

    /** Lowest value the report allows; "about n" allows a quarter either side (at least 1). */
    public long lowerBound() {
        return switch (qualifier == null ? "exact" : qualifier) {
            case "at_most" -> 0;
            case "about" -> Math.max(0, value - tolerance());
            default -> value;
        };
    }

    public long upperBound() {
        return switch (qualifier == null ? "exact" : qualifier) {
            case "at_least" -> Long.MAX_VALUE;
            case "about" -> value + tolerance();
            default -> value;
        };
    }

    private int tolerance() {
        return Math.max(1, Math.round(value * 0.25f));
    }

    /** Two reports contradict when the ranges they allow do not overlap (exact 3 vs exact 4, exact 2 vs at least 5). */
    public boolean compatibleWith(FigureReport other) {
        return lowerBound() <= other.upperBound() && other.lowerBound() <= upperBound();
    }
}
