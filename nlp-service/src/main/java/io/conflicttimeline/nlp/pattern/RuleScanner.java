package io.conflicttimeline.nlp.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a list of rules in a text as each rule's own {@code find()} loop would, but runs only the
 * top-level {@link Alternation alternatives} of a rule whose {@link LiteralCues} occur in the text: one
 * {@link CuePrefilter} pass over the text decides, per alternative, whether it can match. Long rules such as "any
 * of fifteen sanction wordings" otherwise ran on most sentences because one short cue ("ban" in "urban") occurred.
 *
 * <p>The matches are exactly those of the whole rule: the leftmost start among the alternatives' next matches wins,
 * and at the same start the alternative written first, as in a regex alternation. Immutable and thread-safe.
 */
public final class RuleScanner {

    /** Receives a match as offsets into the text. */
    @FunctionalInterface
    public interface MatchSink {
        void accept(int start, int end);
    }

    private final List<Pattern> alternatives = new ArrayList<>();
    /** Rule r's alternatives are {@code alternatives[first[r], first[r + 1])}. */
    private final int[] first;
    private final CuePrefilter prefilter;

    private RuleScanner(List<Pattern> rules) {
        first = new int[rules.size() + 1];
        for (int r = 0; r < rules.size(); r++) {
            first[r] = alternatives.size();
            alternatives.addAll(Alternation.of(rules.get(r)));
        }
        first[rules.size()] = alternatives.size();
        prefilter = CuePrefilter.of(alternatives);
    }

    /** A scanner of the rules, in the order given. */
    public static RuleScanner of(List<Pattern> rules) {
        return new RuleScanner(List.copyOf(rules));
    }

    /** The alternatives that may match anywhere in the text: the argument of {@link #find}. */
    public long[] candidates(CharSequence text) {
        return prefilter.candidates(text);
    }

    /** Whether some alternative of rule {@code r} may match (false proves the rule cannot match). */
    public boolean mayMatch(long[] candidates, int r) {
        for (int a = first[r]; a < first[r + 1]; a++) {
            if (CuePrefilter.contains(candidates, a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports the matches of rule {@code r} in the text, in order, exactly as {@code rule.matcher(text)} and repeated
     * {@code find()} give them; {@code candidates} must come from {@link #candidates} on the same text.
     */
    public void find(int r, CharSequence text, long[] candidates, MatchSink sink) {
        List<Matcher> running = new ArrayList<>(first[r + 1] - first[r]);
        for (int a = first[r]; a < first[r + 1]; a++) {
            if (CuePrefilter.contains(candidates, a)) {
                running.add(alternatives.get(a).matcher(text));
            }
        }
        if (running.isEmpty()) {
            return;
        }
        if (running.size() == 1) {
            Matcher m = running.get(0);
            while (m.find()) {
                sink.accept(m.start(), m.end());
            }
            return;
        }
        merge(running, text.length(), sink);
    }

    /** Whether rule {@code r} matches somewhere in the text (candidates as for {@link #find}). */
    public boolean findsAny(int r, CharSequence text, long[] candidates) {
        for (int a = first[r]; a < first[r + 1]; a++) {
            if (CuePrefilter.contains(candidates, a) && alternatives.get(a).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The rule's find() loop from its alternatives' own: each keeps its next match at or after the search point. */
    private static void merge(List<Matcher> running, int length, MatchSink sink) {
        int n = running.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int k = 0; k < n; k++) {
            Matcher m = running.get(k);
            starts[k] = m.find() ? m.start() : -1;
            ends[k] = starts[k] < 0 ? -1 : m.end();
        }
        while (true) {
            int best = -1;
            for (int k = 0; k < n; k++) {
                if (starts[k] >= 0 && (best < 0 || starts[k] < starts[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                return;
            }
            int start = starts[best];
            int end = ends[best];
            sink.accept(start, end);
            // Matcher.find() goes on from the end of a match, one further after an empty one
            int from = end == start ? end + 1 : end;
            for (int k = 0; k < n; k++) {
                if (starts[k] >= 0 && starts[k] < from) {
                    Matcher m = running.get(k);
                    boolean found = from <= length && m.find(from);
                    starts[k] = found ? m.start() : -1;
                    ends[k] = found ? m.end() : -1;
                }
            }
        }
    }
}
