package io.conflicttimeline.nlp.pattern;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the {@link LiteralCues#startsOf start strings} of several patterns occur in a text, from one Aho-Corasick
 * pass (text lower-cased in ASCII, as the cues are): the only positions at which such a pattern can match. Immutable
 * and thread-safe.
 */
final class LiteralStarts {

    private final int[] asciiIndex = new int[128];
    private final char[] otherChars;
    private final int[] otherIndex;
    private final int alphabet;
    private final int[] next;
    /** Per state, the (pattern, length) pairs of the strings ending there, its suffixes' included; null: none. */
    private final int[][] outPattern;
    private final int[][] outLength;

    /** {@code starts.get(i)}: pattern i's start strings, or null when it has none (it is never reported). */
    LiteralStarts(List<Set<String>> starts) {
        int size = 1;
        TreeMap<Character, Integer> others = new TreeMap<>();
        for (Set<String> set : starts) {
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
        for (var e : others.entrySet()) {
            otherChars[k] = e.getKey();
            otherIndex[k++] = e.getValue();
        }
        List<int[]> trie = new ArrayList<>();
        List<List<int[]>> own = new ArrayList<>();
        trie.add(new int[alphabet]);
        own.add(new ArrayList<>());
        for (int p = 0; p < starts.size(); p++) {
            for (String s : starts.get(p) == null ? Set.<String>of() : starts.get(p)) {
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

    /**
     * For each pattern whose bit is set in {@code wanted}, the sorted distinct positions where one of its start strings
     * occurs in the text; null for the others.
     */
    int[][] positions(CharSequence text, long[] wanted, int patterns) {
        int[][] found = new int[patterns][];
        int[] counts = new int[patterns];
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int x = c < 128 ? asciiIndex[LiteralCues.lower(c)] : otherIndexOf(c);
            state = next[state * alphabet + x];
            int[] ps = outPattern[state];
            if (ps == null) {
                continue;
            }
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
                list[counts[p]++] = i + 1 - outLength[state][o];
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

    private int index(char ch) {
        return ch < 128 ? asciiIndex[ch] : otherIndexOf(ch);
    }

    private int otherIndexOf(char ch) {
        int k = Arrays.binarySearch(otherChars, ch);
        return k < 0 ? 0 : otherIndex[k];
    }
}
