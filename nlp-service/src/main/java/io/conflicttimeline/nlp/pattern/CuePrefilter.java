package io.conflicttimeline.nlp.pattern;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
    /** Character to alphabet index (0: a character no cue contains); ASCII in a table, the rest in a map. */
    private final int[] asciiIndex = new int[128];
    private final char[] otherChars;
    private final int[] otherIndex;
    private final int alphabet;
    /** The automaton: next state by state * alphabet + character index. */
    private final int[] next;
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
        int size = 1;
        TreeMap<Character, Integer> others = new TreeMap<>();
        for (Set<String> set : cues) {
            for (String cue : set) {
                for (char ch : cue.toCharArray()) {
                    if (ch < 128 ? asciiIndex[ch] == 0 : !others.containsKey(ch)) {
                        if (ch < 128) {
                            asciiIndex[ch] = size;
                        } else {
                            others.put(ch, size);
                        }
                        size++;
                    }
                }
            }
        }
        alphabet = size;
        otherChars = new char[others.size()];
        otherIndex = new int[others.size()];
        int k = 0;
        for (Map.Entry<Character, Integer> e : others.entrySet()) {
            otherChars[k] = e.getKey();
            otherIndex[k++] = e.getValue();
        }
        // the trie, then the failure links turned into a complete transition table (breadth first)
        List<int[]> trie = new ArrayList<>();
        List<long[]> out = new ArrayList<>();
        trie.add(new int[alphabet]);
        out.add(null);
        for (int p = 0; p < patterns; p++) {
            for (String cue : cues.get(p)) {
                int state = 0;
                for (char ch : cue.toCharArray()) {
                    int x = index(ch);
                    if (trie.get(state)[x] == 0) {
                        trie.get(state)[x] = trie.size();
                        trie.add(new int[alphabet]);
                        out.add(null);
                    }
                    state = trie.get(state)[x];
                }
                long[] o = out.get(state) == null ? new long[words] : out.get(state);
                o[p >>> 6] |= 1L << p;
                out.set(state, o);
            }
        }
        int states = trie.size();
        int[] fail = new int[states];
        next = new int[states * alphabet];
        output = new long[states][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int x = 0; x < alphabet; x++) {
            int child = trie.get(0)[x];
            next[x] = child;
            if (child != 0) {
                queue.add(child);
            }
        }
        output[0] = out.get(0);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            long[] o = out.get(s);
            long[] inherited = output[fail[s]];
            if (inherited != null) {
                o = o == null ? inherited.clone() : or(o, inherited);
            }
            output[s] = o;
            for (int x = 0; x < alphabet; x++) {
                int child = trie.get(s)[x];
                if (child != 0) {
                    fail[child] = next[fail[s] * alphabet + x];
                    next[s * alphabet + x] = child;
                    queue.add(child);
                } else {
                    next[s * alphabet + x] = next[fail[s] * alphabet + x];
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
            char c = text.charAt(i);
            int x = c < 128 ? asciiIndex[LiteralCues.lower(c)] : otherIndexOf(c);
            state = next[state * alphabet + x];
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

    private int index(char ch) {
        return ch < 128 ? asciiIndex[ch] : otherIndexOf(ch);
    }

    private int otherIndexOf(char ch) {
        int k = Arrays.binarySearch(otherChars, ch);
        return k < 0 ? 0 : otherIndex[k];
    }

    private static long[] or(long[] a, long[] b) {
        long[] r = a.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] |= b[i];
        }
        return r;
    }
}
