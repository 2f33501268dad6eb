package io.conflicttimeline.nlp.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a list of rules in a text as each rule's own {@code find()} loop would, but runs only the
 * top-level {@link Alternation alternatives} of a rule whose {@link LiteralCues} occur in the text: one
 * {@link CuePrefilter} pass over the text decides, per alternative, whether it can match. Long rules such as "any
 * of fifteen sanction wordings" otherwise ran on most sentences because one short cue ("ban" in "urban") occurred.
 * An alternative whose every match starts with one of a few literals ({@link LiteralCues#startsOf}, "said|says|...")
 * is tried only where one of them occurs, instead of at every position of the text.
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
    /** The alternatives with start literals (bit set), and where those occur. */
    private final long[] anchored;
    private final LiteralStarts starts;

    /** The text a scan is about and what one pass over it found: the argument of {@link #find}. */
    public static final class Candidates {
        private final CharSequence text;
        private final long[] alternatives;
        private final int[][] startPositions;

        private Candidates(CharSequence text, long[] alternatives, int[][] startPositions) {
            this.text = text;
            this.alternatives = alternatives;
            this.startPositions = startPositions;
        }
    }

    private RuleScanner(List<Pattern> rules) {
        first = new int[rules.size() + 1];
        for (int r = 0; r < rules.size(); r++) {
            first[r] = alternatives.size();
            alternatives.addAll(Alternation.of(rules.get(r)));
        }
        first[rules.size()] = alternatives.size();
        prefilter = CuePrefilter.of(alternatives);
        anchored = new long[prefilter.words()];
        List<Set<String>> startSets = new ArrayList<>();
        for (int a = 0; a < alternatives.size(); a++) {
            Set<String> s = LiteralCues.startsOf(alternatives.get(a)).orElse(null);
            startSets.add(s);
            if (s != null) {
                anchored[a >>> 6] |= 1L << a;
            }
        }
        starts = new LiteralStarts(startSets);
    }

    /** A scanner of the rules, in the order given. */
    public static RuleScanner of(List<Pattern> rules) {
        return new RuleScanner(List.copyOf(rules));
    }

    /** One pass over the text: which alternatives may match in it, and where the anchored ones may start. */
    public Candidates candidates(CharSequence text) {
        long[] bits = prefilter.candidates(text);
        long[] wanted = new long[bits.length];
        boolean any = false;
        for (int w = 0; w < bits.length; w++) {
            wanted[w] = bits[w] & anchored[w];
            any |= wanted[w] != 0;
        }
        return new Candidates(text, bits, any ? starts.positions(text, wanted, alternatives.size()) : new int[alternatives.size()][]);
    }

    /** Whether some alternative of rule {@code r} may match (false proves the rule cannot match). */
    public boolean mayMatch(Candidates candidates, int r) {
        for (int a = first[r]; a < first[r + 1]; a++) {
            if (CuePrefilter.contains(candidates.alternatives, a)) {
                return true;
            }
        }
        return false;
    }

    /** Whether rule {@code r} matches somewhere in the text of the candidates. */
    public boolean findsAny(int r, Candidates candidates) {
        for (int a = first[r]; a < first[r + 1]; a++) {
            if (CuePrefilter.contains(candidates.alternatives, a) && cursor(a, candidates).next(0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports the matches of rule {@code r} in the text of the candidates, in order, exactly as {@code rule.matcher(text)}
     * and repeated {@code find()} give them.
     */
    public void find(int r, Candidates candidates, MatchSink sink) {
        List<Cursor> running = new ArrayList<>(first[r + 1] - first[r]);
        for (int a = first[r]; a < first[r + 1]; a++) {
            if (CuePrefilter.contains(candidates.alternatives, a)) {
                running.add(cursor(a, candidates));
            }
        }
        int n = running.size();
        if (n == 0) {
            return;
        }
        // each alternative keeps its next match at or after the search point
        int length = candidates.text.length();
        boolean[] live = new boolean[n];
        for (int k = 0; k < n; k++) {
            live[k] = running.get(k).next(0);
        }
        while (true) {
            int best = -1;
            for (int k = 0; k < n; k++) {
                if (live[k] && (best < 0 || running.get(k).start < running.get(best).start)) {
                    best = k;
                }
            }
            if (best < 0) {
                return;
            }
            int start = running.get(best).start;
            int end = running.get(best).end;
            sink.accept(start, end);
            // Matcher.find() goes on from the end of a match, one further after an empty one
            int from = end == start ? end + 1 : end;
            for (int k = 0; k < n; k++) {
                if (live[k] && running.get(k).start < from) {
                    live[k] = from <= length && running.get(k).next(from);
                }
            }
        }
    }

    private Cursor cursor(int a, Candidates candidates) {
        Matcher m = alternatives.get(a).matcher(candidates.text);
        int[] at = candidates.startPositions[a];
        if (at == null) {
            return new Cursor(m, null);
        }
        // tried at one position, a match sees the text around it (lookbehind, word boundaries) as find() does
        m.useTransparentBounds(true).useAnchoringBounds(false);
        return new Cursor(m, at);
    }

    /** An alternative's next match: by find() over the text, or tried at each of its start positions. */
    private static final class Cursor {
        private final Matcher matcher;
        private final int[] positions;
        private int index;
        int start;
        int end;

        Cursor(Matcher matcher, int[] positions) {
            this.matcher = matcher;
            this.positions = positions;
        }

        /** The first match starting at or after {@code from}; false when there is none. */
        boolean next(int from) {
            if (positions == null) {
                if (!matcher.find(from)) {
                    return false;
                }
                start = matcher.start();
                end = matcher.end();
                return true;
            }
            int length = matcher.regionEnd();
            while (index < positions.length && positions[index] < from) {
                index++;
            }
            for (; index < positions.length; index++) {
                matcher.region(positions[index], length);
                if (matcher.lookingAt()) {
                    start = matcher.start();
                    end = matcher.end();
                    return true;
                }
            }
            return false;
        }
    }
}
