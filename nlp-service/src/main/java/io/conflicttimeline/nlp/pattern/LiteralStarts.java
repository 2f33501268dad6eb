package io.conflicttimeline.nlp.pattern;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Where the {@link LiteralCues#startsOf start strings} of several patterns occur in a text, from one Aho-Corasick
 * pass (text lower-cased in ASCII, as the cues are): the only positions at which such a pattern can match. Immutable
 * and thread-safe.
 */
final class LiteralStarts {

    private final LiteralAutomaton automaton;

    /** {@code starts.get(i)}: pattern i's start strings, or null when it has none (it is never reported). */
    LiteralStarts(List<Set<String>> starts) {
        automaton = new LiteralAutomaton(starts);
    }

    /**
     * For each pattern whose bit is set in {@code wanted}, the sorted distinct positions where one of its start strings
     * occurs in the text; null for the others.
     */
    int[][] positions(CharSequence text, long[] wanted, int patterns) {
        int[][] found = new int[patterns][];
        int[] counts = new int[patterns];
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = automaton.step(state, text.charAt(i));
            int[] ps = automaton.patternsAt(state);
            if (ps == null) {
                continue;
            }
            int[] lengths = automaton.lengthsAt(state);
            for (int o = 0; o < ps.length; o++) {
                int p = ps[o];
                if (!CuePrefilter.contains(wanted, p)) {
                    continue;
                }
                int[] list = found[p];
                if (list == null) {
                    list = found[p] = new int[4];
                } else if (counts[p] == list.length) {
                    list = found[p] = Arrays.copyOf(list, list.length * 2);
                }
                list[counts[p]++] = i + 1 - lengths[o];
            }
        }
        for (int p = 0; p < patterns; p++) {
            if (found[p] != null) {
                int[] list = found[p];
                int n = counts[p];
                Arrays.sort(list, 0, n);
                int distinct = 0;
                for (int i = 0; i < n; i++) {
                    if (distinct == 0 || list[i] != list[distinct - 1]) {
                        list[distinct++] = list[i];
                    }
                }
                found[p] = Arrays.copyOf(list, distinct);
            } else if (CuePrefilter.contains(wanted, p)) {
                found[p] = new int[0];
            }
        }
        return found;
    }
}
