package io.conflicttimeline.nlp.place;

import java.util.Arrays;
import java.util.Collection;

/**
 * The keys of a lookup table, sorted, to ask whether any key starts with a given string: a text window whose first
 * word starts no key can skip every longer window at that token without building and hashing their substrings.
 *
 * <p>Most questions are answered "no" (a capitalized word that starts no place name, a window one word past a name),
 * and the binary search over tens of thousands of keys is a cache miss per step. So the hash codes of every prefix of
 * every key also set two bits of a small filter: a string whose bits are not both set is no key's prefix, and only
 * the others are searched. The answer is the search's, exactly.
 */
public final class KeyPrefixes {

    /** Filter bits per prefix: about one string in twenty that is no prefix passes the filter and is searched. */
    private static final int BITS_PER_PREFIX = 8;

    private final String[] sorted;
    private final long[] filter;
    private final int mask;

    public KeyPrefixes(Collection<String> keys) {
        this.sorted = keys.toArray(new String[0]);
        Arrays.sort(sorted);
        long prefixes = 1;
        for (String k : sorted) {
            prefixes += k.length();
        }
        int bits = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(64, prefixes * BITS_PER_PREFIX)) - 1) << 1;
        this.filter = new long[bits >>> 6];
        this.mask = bits - 1;
        if (sorted.length > 0) {
            set(0); // the empty string starts every key
        }
        for (String k : sorted) {
            int h = 0;
            for (int i = 0; i < k.length(); i++) {
                h = 31 * h + k.charAt(i); // String.hashCode of the prefix k.substring(0, i + 1)
                set(h);
            }
        }
    }

    /** True when some key starts with (or equals) the prefix; all such keys sort right at or after it. */
    public boolean anyStartsWith(String prefix) {
        if (!mayStart(prefix.hashCode())) {
            return false;
        }
        int at = Arrays.binarySearch(sorted, prefix);
        if (at >= 0) {
            return true;
        }
        int next = -at - 1;
        return next < sorted.length && sorted[next].startsWith(prefix);
    }

    private void set(int hash) {
        long z = spread(hash);
        int a = (int) z & mask;
        int b = (int) (z >>> 32) & mask;
        filter[a >>> 6] |= 1L << a;
        filter[b >>> 6] |= 1L << b;
    }

    private boolean mayStart(int hash) {
        long z = spread(hash);
        int a = (int) z & mask;
        int b = (int) (z >>> 32) & mask;
        return (filter[a >>> 6] & 1L << a) != 0 && (filter[b >>> 6] & 1L << b) != 0;
    }

    /** Two independent-looking 32-bit halves from a string hash (SplitMix64's finalizer). */
    private static long spread(int hash) {
        long z = (hash + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
