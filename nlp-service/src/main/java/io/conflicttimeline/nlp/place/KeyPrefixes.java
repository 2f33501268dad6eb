package io.conflicttimeline.nlp.place;

import java.util.Arrays;
import java.util.Collection;

/**
 * The keys of a lookup table, sorted, to ask whether any key starts with a given string: a text window whose first
 * word starts no key can skip every longer window at that token without building and hashing their substrings.
 */
public final class KeyPrefixes {

    private final String[] sorted;

    public KeyPrefixes(Collection<String> keys) {
        this.sorted = keys.toArray(new String[0]);
        Arrays.sort(sorted);
    }

    /** True when some key starts with (or equals) the prefix; all such keys sort right at or after it. */
    public boolean anyStartsWith(String prefix) {
        int at = Arrays.binarySearch(sorted, prefix);
        if (at >= 0) {
            return true;
        }
        int next = -at - 1;
        return next < sorted.length && sorted[next].startsWith(prefix);
    }
}
