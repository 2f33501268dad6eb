package io.conflicttimeline.nlp.pattern;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over the literal strings of several patterns (lower-case ASCII, as {@link LiteralCues}
 * derives them; the text is lower-cased in ASCII as it is read), as a complete transition table: one array read per
 * character. Each state knows the (pattern, length) of every string ending there, its suffixes' included. Shared by
 * {@link CuePrefilter} (which patterns may match) and {@link LiteralStarts} (where they may start). Immutable.
 */
final class LiteralAutomaton {

    /** Character to alphabet index (0: a character no string contains); ASCII in a table, the rest by search. */
    private final int[] asciiIndex = new int[128];
    private final char[] otherChars;
    private final int[] otherIndex;
    private final int alphabet;
    /** Next state by state * alphabet + character index. */
    private final int[] next;
    /** Per state, the patterns and lengths of the strings ending there; null: none. */
    private final int[][] outPattern;
    private final int[][] outLength;

    /** {@code strings.get(i)}: pattern i's strings, or null when it has none (it is never reported). */
    LiteralAutomaton(List<Set<String>> strings) {
        int size = 1;
        TreeMap<Character, Integer> others = new TreeMap<>();
        for (Set<String> set : strings) {
            for (String s : set == null ? Set.<String>of() : set) {
                for (char ch : s.toCharArray()) {
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
        List<List<int[]>> own = new ArrayList<>();
        trie.add(new int[alphabet]);
        own.add(new ArrayList<>());
        for (int p = 0; p < strings.size(); p++) {
            for (String s : strings.get(p) == null ? Set.<String>of() : strings.get(p)) {
                int state = 0;
                for (char ch : s.toCharArray()) {
                    int x = index(ch);
                    if (trie.get(state)[x] == 0) {
                        trie.get(state)[x] = trie.size();
                        trie.add(new int[alphabet]);
                        own.add(new ArrayList<>());
                    }
                    state = trie.get(state)[x];
                }
                own.get(state).add(new int[] { p, s.length() });
            }
        }
        int states = trie.size();
        int[] fail = new int[states];
        next = new int[states * alphabet];
        List<List<int[]>> all = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            all.add(null);
        }
        all.set(0, own.get(0));
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int x = 0; x < alphabet; x++) {
            int child = trie.get(0)[x];
            next[x] = child;
            if (child != 0) {
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<int[]> out = new ArrayList<>(own.get(s));
            out.addAll(all.get(fail[s]));
            all.set(s, out);
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
        outPattern = new int[states][];
        outLength = new int[states][];
        for (int s = 0; s < states; s++) {
            List<int[]> out = all.get(s);
            if (!out.isEmpty()) {
                outPattern[s] = out.stream().mapToInt(o -> o[0]).toArray();
                outLength[s] = out.stream().mapToInt(o -> o[1]).toArray();
            }
        }
    }

    /** Number of states (state 0 is the start). */
    int states() {
        return outPattern.length;
    }

    /** The state after reading {@code c} in {@code state}. */
    int step(int state, char c) {
        int x = c < 128 ? asciiIndex[LiteralCues.lower(c)] : otherIndexOf(c);
        return next[state * alphabet + x];
    }

    /** The patterns of the strings ending at {@code state}; null: none. */
    int[] patternsAt(int state) {
        return outPattern[state];
    }

    /** The lengths of the strings ending at {@code state}, parallel to {@link #patternsAt}. */
    int[] lengthsAt(int state) {
        return outLength[state];
    }

    private int index(char ch) {
        return ch < 128 ? asciiIndex[ch] : otherIndexOf(ch);
    }

    private int otherIndexOf(char ch) {
        int k = Arrays.binarySearch(otherChars, ch);
        return k < 0 ? 0 : otherIndex[k];
    }
}
