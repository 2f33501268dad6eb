package io.conflicttimeline.nlp.time;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cheap pre-scan that lets {@link TimeTagger} run its rule patterns only near the words they need.
 *
 * <p>One pass splits the text into alphanumeric tokens (runs of ASCII letters, runs of digits) and looks each
 * letter token up, lowercased on the fly, in a precomputed vocabulary that maps a word to the rules it can anchor
 * (every match of a rule contains one of its anchor words, or a digit run, as a whole token). A rule then searches
 * only the windows of a bounded number of tokens around its anchors; most of a news text lies in no window of
 * most rules. Tokens are counted rather than characters so that the bound holds whatever the whitespace.
 * Per call; not shared between threads.
 */
final class AnchorScan {

    /** Anchor words of all rules: an open-addressing table over lowercase words, built once. */
    static final class Vocabulary {
        private final char[][] keys;
        private final long[] masks;
        private final long[] prefixMasks;
        private final int slotMask;
        private final int maxLength;
        private final long[] digitMasks;
        private final long digitPrefixMask;
        private final long anyPrefixMask;

        /**
         * @param words        anchor word -> rules it anchors (one bit per rule)
         * @param digitMasks   rules anchored by a digit run of length 1, 2, 3, 4 (index = length, 0 = longer)
         * @param prefixWords  word -> rules in whose matches it can precede the first anchor
         * @param digitPrefix  rules in whose matches a digit run can precede the first anchor
         * @param anyPrefix    rules without a prefix vocabulary (any word may precede, up to their token bound)
         */
        Vocabulary(Map<String, Long> words, long[] digitMasks, Map<String, Long> prefixWords, long digitPrefix, long anyPrefix) {
            int size = Integer.highestOneBit(Math.max(16, (words.size() + prefixWords.size()) * 4)) * 2;
            this.keys = new char[size][];
            this.masks = new long[size];
            this.prefixMasks = new long[size];
            this.slotMask = size - 1;
            this.digitMasks = digitMasks.clone();
            this.digitPrefixMask = digitPrefix | anyPrefix;
            this.anyPrefixMask = anyPrefix;
            int longest = 0;
            for (Map.Entry<String, Long> e : words.entrySet()) {
                masks[slot(e.getKey())] |= e.getValue();
                longest = Math.max(longest, e.getKey().length());
            }
            for (Map.Entry<String, Long> e : prefixWords.entrySet()) {
                prefixMasks[slot(e.getKey())] |= e.getValue();
                longest = Math.max(longest, e.getKey().length());
            }
            this.maxLength = longest;
        }

        /** A plain word set with the same allocation-free, ASCII-case-insensitive lookup. */
        static Vocabulary of(Set<String> words) {
            Map<String, Long> marked = new HashMap<>();
            words.forEach(w -> marked.put(w, 1L));
            return new Vocabulary(marked, new long[5], Map.of(), 0L, 0L);
        }

        /** Whether text[from, to), a run of ASCII word characters, is one of the words (ignoring ASCII case). */
        boolean contains(String text, int from, int to) {
            return lookup(text, from, to) >= 0;
        }

        private int slot(String word) {
            char[] key = word.toLowerCase(Locale.ROOT).toCharArray();
            int slot = hash(key, 0, key.length) & slotMask;
            while (keys[slot] != null && !Arrays.equals(keys[slot], key)) {
                slot = (slot + 1) & slotMask;
            }
            keys[slot] = key;
            return slot;
        }

        private static int hash(char[] word, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + word[i];
            }
            return h ^ (h >>> 15);
        }

        /** The slot of the ASCII letter token text[from, to) in the table, or -1; without allocating. */
        int lookup(String text, int from, int to) {
            int length = to - from;
            if (length > maxLength) {
                return -1;
            }
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + (text.charAt(i) | 0x20);
            }
            int slot = (h ^ (h >>> 15)) & slotMask;
            while (keys[slot] != null) {
                char[] key = keys[slot];
                if (key.length == length && equalsLower(key, text, from)) {
                    return slot;
                }
                slot = (slot + 1) & slotMask;
            }
            return -1;
        }

        private static boolean equalsLower(char[] key, String text, int from) {
            for (int i = 0; i < key.length; i++) {
                if (key[i] != (text.charAt(from + i) | 0x20)) {
                    return false;
                }
            }
            return true;
        }
    }

    private int[] starts;
    private int[] ends;
    private long[] prefixMasks;
    private int count;
    private final int[][] anchors;
    private final int[] anchorCounts;

    AnchorScan(String text, Vocabulary vocabulary, int ruleCount) {
        int capacity = Math.max(16, text.length() / 4);
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.prefixMasks = new long[capacity];
        this.anchors = new int[ruleCount][];
        this.anchorCounts = new int[ruleCount];
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && !isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            i++;
            if (digit) {
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
            } else {
                while (i < n && isLetter(text.charAt(i))) {
                    i++;
                }
            }
            long mask;
            long prefixMask;
            if (digit) {
                int digits = i - start;
                mask = vocabulary.digitMasks[digits < vocabulary.digitMasks.length ? digits : 0];
                prefixMask = vocabulary.digitPrefixMask;
            } else {
                int slot = vocabulary.lookup(text, start, i);
                mask = slot < 0 ? 0L : vocabulary.masks[slot];
                prefixMask = vocabulary.anyPrefixMask | (slot < 0 ? 0L : vocabulary.prefixMasks[slot]);
            }
            int token = add(start, i, prefixMask);
            while (mask != 0) {
                int rule = Long.numberOfTrailingZeros(mask);
                mask &= mask - 1;
                int[] list = anchors[rule];
                if (list == null) {
                    list = new int[8];
                    anchors[rule] = list;
                } else if (anchorCounts[rule] == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    anchors[rule] = list;
                }
                list[anchorCounts[rule]++] = token;
            }
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private int add(int start, int end, long prefixMask) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            prefixMasks = Arrays.copyOf(prefixMasks, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        prefixMasks[count] = prefixMask;
        return count++;
    }

    /** The rules in whose matches this token can stand before the first anchor. */
    long prefixMask(int token) {
        return prefixMasks[token];
    }

    int tokenCount() {
        return count;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    /** Token indexes (ascending) of the anchors of a rule; valid up to {@link #anchorCount}. */
    int[] anchors(int rule) {
        return anchors[rule];
    }

    int anchorCount(int rule) {
        return anchorCounts[rule];
    }
}
