package io.conflicttimeline.nlp.figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses English cardinal expressions and count qualifiers as they appear in casualty and weapon reporting.
 *
 * <p>Vague quantities follow ACLED's fatality-coding convention of taking the most conservative reading: "tens" = 10,
 * "dozens" = 12, "hundreds" = 100, "thousands" = 1,000 (ACLED: "10 for tens, 12 for dozens, 100 for hundreds, and
 * so on"); by the same conservative rule "scores" = 20, "several" = 3 (more than two) and "a few" / "a couple" /
 * "multiple" = 2.
 * A vague quantity is a lower bound, so it carries the qualifier {@code at_least} unless the text says otherwise.
 *
 * <p>Qualifiers: "at least", "more than", "over", "no fewer than", "a minimum of" give {@code at_least}; "up to",
 * "at most", "fewer than", "less than", "no more than", "as many as" give {@code at_most}; "about", "around",
 * "nearly", "almost", "approximately", "roughly", "some", "an estimated", "close to" give {@code about}
 * ("nearly 100" is reported as about 100: the text commits to neither bound).
 */
public final class NumberWords {

    public static final String EXACT = "exact";
    public static final String AT_LEAST = "at_least";
    public static final String AT_MOST = "at_most";
    public static final String ABOUT = "about";

    /** A number read from consecutive words: its value, how many words it used, and whether it is vague. */
    public record Reading(long value, int words, boolean vague) {}

    /** A qualifier read from consecutive words. */
    public record Qualifier(String qualifier, int words) {}

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);
    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
    private static final Map<String, Long> VAGUE_PLURALS = Map.of(
            "tens", 10L, "dozens", 12L, "scores", 20L, "hundreds", 100L, "thousands", 1_000L,
            "millions", 1_000_000L, "several", 3L, "multiple", 2L);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?");

    /** Multi-word qualifiers, longest first within each group so that "no more than" wins over "more than". */
    private static final List<Map.Entry<List<String>, String>> QUALIFIERS = List.of(
            Map.entry(List.of("no", "fewer", "than"), AT_LEAST),
            Map.entry(List.of("no", "less", "than"), AT_LEAST),
            Map.entry(List.of("not", "less", "than"), AT_LEAST),
            Map.entry(List.of("no", "more", "than"), AT_MOST),
            Map.entry(List.of("not", "more", "than"), AT_MOST),
            Map.entry(List.of("a", "minimum", "of"), AT_LEAST),
            Map.entry(List.of("a", "maximum", "of"), AT_MOST),
            Map.entry(List.of("as", "many", "as"), AT_MOST),
            Map.entry(List.of("an", "estimated"), ABOUT),
            Map.entry(List.of("close", "to"), ABOUT),
            Map.entry(List.of("at", "least"), AT_LEAST),
            Map.entry(List.of("more", "than"), AT_LEAST),
            Map.entry(List.of("over"), AT_LEAST),
            Map.entry(List.of("upwards", "of"), AT_LEAST),
            Map.entry(List.of("up", "to"), AT_MOST),
            Map.entry(List.of("at", "most"), AT_MOST),
            Map.entry(List.of("fewer", "than"), AT_MOST),
            Map.entry(List.of("less", "than"), AT_MOST),
            Map.entry(List.of("under"), AT_MOST),
            Map.entry(List.of("about"), ABOUT),
            Map.entry(List.of("around"), ABOUT),
            Map.entry(List.of("nearly"), ABOUT),
            Map.entry(List.of("almost"), ABOUT),
            Map.entry(List.of("approximately"), ABOUT),
            Map.entry(List.of("roughly"), ABOUT),
            Map.entry(List.of("some"), ABOUT),
            Map.entry(List.of("an", "estimated"), ABOUT),
            Map.entry(List.of("a", "total", "of"), EXACT),
            Map.entry(List.of("another"), EXACT),
            Map.entry(List.of("all"), EXACT));

    private NumberWords() {
    }

    /** Parses a whole phrase such as "twenty-five", "1,000", "2.5 million", "a dozen" or "dozens". */
    public static OptionalLong parse(String phrase) {
        List<String> words = List.of(WHITESPACE.split(phrase.trim().toLowerCase(Locale.ROOT)));
        Reading reading = read(words, 0);
        return reading != null && reading.words() == words.size()
                ? OptionalLong.of(reading.value()) : OptionalLong.empty();
    }

    /** The qualifier of a whole phrase ("at least" -> at_least), or exact when there is none. */
    public static String qualifierOf(String phrase) {
        List<String> words = List.of(WHITESPACE.split(phrase.trim().toLowerCase(Locale.ROOT)));
        Qualifier q = readQualifier(words, 0);
        return q == null ? EXACT : q.qualifier();
    }

    /**
     * The qualifiers by first word, each list in the order of {@link #QUALIFIERS}: the extractor asks at every token,
     * and only a qualifier starting with the token's word can match there.
     */
    private static final Map<String, List<Map.Entry<List<String>, String>>> QUALIFIERS_BY_FIRST = QUALIFIERS.stream()
            .collect(Collectors.groupingBy(e -> e.getKey().get(0), LinkedHashMap::new, Collectors.toList()));

    /** Reads a qualifier starting at {@code i} in lower-case words, or null. */
    public static Qualifier readQualifier(List<String> words, int i) {
        if (i >= words.size()) {
            return null;
        }
        List<Map.Entry<List<String>, String>> entries = QUALIFIERS_BY_FIRST.get(words.get(i));
        if (entries == null) {
            return null;
        }
        for (Map.Entry<List<String>, String> entry : entries) {
            List<String> key = entry.getKey();
            if (i + key.size() <= words.size() && words.subList(i, i + key.size()).equals(key)) {
                return new Qualifier(entry.getValue(), key.size());
            }
        }
        return null;
    }

    /**
     * Reads a cardinal starting at {@code i} in lower-case words (hyphenated number words are one word, as the
     * extractor's tokenizer leaves them), or null when none starts there.
     */
    public static Reading read(List<String> words, int i) {
        if (i >= words.size()) {
            return null;
        }
        String w = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        if (VAGUE_PLURALS.containsKey(w)) {
            return new Reading(VAGUE_PLURALS.get(w), 1, true);
        }
        if ((w.equals("a") || w.equals("one")) && next.equals("dozen")) {
            return withScale(words, i, 12, 2, false);
        }
        if (w.equals("a") && (next.equals("few") || next.equals("couple"))) {
            return new Reading(2, 2, true);
        }
        if (w.equals("a") && SCALES.containsKey(next)) {
            return withScale(words, i, 1, 1, false);
        }
        if (w.equals("dozen")) {
            return null;
        }
        // (every match of DIGITS starts with a digit: most words need no regex)
        if (!w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9' && DIGITS.matcher(w).matches()) {
            double base = Double.parseDouble(w.replace(",", ""));
            int used = 1;
            double value = base;
            while (i + used < words.size() && SCALES.containsKey(words.get(i + used))) {
                value *= SCALES.get(words.get(i + used));
                used++;
            }
            if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
                return null;
            }
            return new Reading((long) value, used, false);
        }
        long small = wordValue(w);
        if (small < 0) {
            return null;
        }
        // Word numbers: "two hundred and fifty", "twenty five", "three thousand".
        long total = 0;
        long current = small;
        int used = 1;
        while (i + used < words.size()) {
            String x = words.get(i + used);
            if (SCALES.containsKey(x)) {
                long scale = SCALES.get(x);
                if (scale == 100) {
                    current *= 100;
                } else {
                    total += current * scale;
                    current = 0;
                }
                used++;
            } else if (x.equals("and") && i + used + 1 < words.size() && current % 100 == 0 && current + total > 0
                    && wordValue(words.get(i + used + 1)) > 0 && wordValue(words.get(i + used + 1)) < 100
                    && SCALES.containsKey(words.get(i + used - 1))) {
                current += wordValue(words.get(i + used + 1));
                used += 2;
            } else if (TENS.containsKey(words.get(i + used - 1)) && UNITS.containsKey(x)
                    && UNITS.get(x) > 0 && UNITS.get(x) < 10) {
                current += UNITS.get(x);
                used++;
            } else if (SCALES.containsKey(words.get(i + used - 1)) && wordValue(x) > 0 && wordValue(x) < 100) {
                current += wordValue(x);
                used++;
            } else {
                break;
            }
        }
        return new Reading(total + current, used, false);
    }

    private static Reading withScale(List<String> words, int i, long base, int used, boolean vague) {
        long value = base;
        int n = used;
        while (i + n < words.size() && SCALES.containsKey(words.get(i + n))) {
            value *= SCALES.get(words.get(i + n));
            n++;
        }
        return new Reading(value, n, vague);
    }

    /** Value of a single number word, including hyphenated tens ("twenty-five"), or -1. */
    static long wordValue(String w) {
        Integer unit = UNITS.get(w);
        if (unit != null) {
            return unit;
        }
        Integer tens = TENS.get(w);
        if (tens != null) {
            return tens;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer t = TENS.get(w.substring(0, dash));
            Integer u = UNITS.get(w.substring(dash + 1));
            if (t != null && u != null && u > 0 && u < 10) {
                return t + u;
            }
        }
        return -1;
    }
}
