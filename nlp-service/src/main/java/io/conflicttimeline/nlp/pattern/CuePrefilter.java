package io.conflicttimeline.nlp.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of a list of patterns can match in a text, from one pass over it: an Aho-Corasick automaton over the
 * {@link LiteralCues} of every pattern sets a pattern's bit when one of its cues occurs. A pattern without derivable
 * cues is always a candidate, so the filter never hides a match; it only spares running regexes that cannot match.
 * Immutable and thread-safe.
 */
public final class CuePrefilter {

    private final int patterns;
    private final int words;
    /** Patterns that run whatever the text (no cues). */
    private final long[] always;
    /** The automaton over every pattern's cues. */
    private final LiteralAutomaton automaton;
    /** Patterns whose cue ends at a state (its own and its suffixes'), {@code words} longs per state; null: none. */
    private final long[][] output;

    private CuePrefilter(List<Pattern> list) {
        patterns = list.size();
        words = Math.max(1, (patterns + 63) >>> 6);
        always = new long[words];
        List<Set<String>> cues = new ArrayList<>();
        for (int i = 0; i < patterns; i++) {
            Optional<Set<String>> c = LiteralCues.of(list.get(i));
            cues.add(c.orElse(Set.of()));
            if (c.isEmpty()) {
                always[i >>> 6] |= 1L << i;
            }
        }
        automaton = new LiteralAutomaton(cues);
        // per state as a bit set, so that a pass ORs whole words
        output = new long[automaton.states()][];
        for (int s = 0; s < output.length; s++) {
            int[] ps = automaton.patternsAt(s);
            if (ps != null) {
                output[s] = new long[words];
                for (int p : ps) {
                    output[s][p >>> 6] |= 1L << p;
                }
            }
        }
    }

    /** A filter over the patterns, in the order given (bit i of {@link #candidates} is pattern i). */
    public static CuePrefilter of(List<Pattern> patterns) {
        return new CuePrefilter(List.copyOf(patterns));
    }

    /** Number of longs of a candidate set. */
    public int words() {
        return words;
    }

    /**
     * The patterns that may match in {@code text[from, to)}, as a bit set written into {@code into} (at least
     * {@link #words()} longs; overwritten), so that a caller can reuse one array.
     */
    public long[] candidates(CharSequence text, int from, int to, long[] into) {
        System.arraycopy(always, 0, into, 0, words);
        int state = 0;
        for (int i = from; i < to; i++) {
            state = automaton.step(state, text.charAt(i));
            long[] o = output[state];
            if (o != null) {
                for (int w = 0; w < words; w++) {
                    into[w] |= o[w];
                }
            }
        }
        return into;
    }

    /** The patterns that may match anywhere in the text. */
    public long[] candidates(CharSequence text) {
        return candidates(text, 0, text.length(), new long[words]);
    }

    /** Whether pattern {@code i} is in a candidate set. */
    public static boolean contains(long[] candidates, int i) {
        return (candidates[i >>> 6] & 1L << i) != 0;
    }
}
