package io.conflicttimeline.nlp.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Closed-class English vocabulary of temporal expressions: month, weekday and number words, and their regex forms. */
final class TimeLexicon {

    // precompiled: String.replaceAll and split would compile them on every call
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s-]+");

    static final String MONTH_FULL = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    /** Abbreviations, with or without the dot; only used where a day number or year follows. */
    static final String MONTH_ABBR = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    static final String MONTH_ANY = "(?:" + MONTH_FULL + "|" + MONTH_ABBR + ")";
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night)";

    private static final String SMALL = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TEENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    static final String NUMBER_WORD = "(?:" + TENS + "(?:[\\s-]" + SMALL + ")?|" + TEENS + "|" + SMALL
            + "|a\\s+hundred|hundred|(?:" + SMALL + "|a)\\s+thousand|a\\s+dozen|dozen)";
    /** A count: digits (with a fraction), number words, an article, or a vague quantity. */
    static final String COUNT = "(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?|" + NUMBER_WORD
            + "|a\\s+few|a\\s+couple\\s+of|several|few|many|another|an\\s+additional|a\\s+further|a|an)";
    static final String UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("thousand", 1000), Map.entry("dozen", 12));

    private TimeLexicon() {
    }

    /** Month number 1..12 of a full or abbreviated month name, or 0. */
    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        if (n.length() < 3) {
            return 0;
        }
        return switch (n.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }

    static DayOfWeek weekday(String name) {
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tue" -> DayOfWeek.TUESDAY;
            case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "sat" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    /**
     * The rounded value of a count phrase; -1 for a vague quantity ("several", "a few") that TIMEX3 writes as X.
     */
    static int count(String phrase) {
        double v = countValue(phrase);
        return v < 0 ? -1 : (int) Math.round(v);
    }

    static double countValue(String phrase) {
        String p = WHITESPACE.matcher(phrase.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
        if (p.isEmpty()) {
            return 1;
        }
        if (Character.isDigit(p.charAt(0))) {
            double half = 0;
            if (p.endsWith(" 1/2")) {
                half = 0.5;
                p = p.substring(0, p.length() - 4);
            }
            try {
                return Double.parseDouble(p) + half;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        if (p.startsWith("a couple")) {
            return 2;
        }
        if (p.equals("another") || p.startsWith("an additional") || p.startsWith("a further")) {
            return 1;
        }
        if (p.startsWith("a few") || p.equals("several") || p.equals("few")
                || p.equals("many")) {
            return -1;
        }
        int total = 0;
        for (String part : WORD_SEPARATOR.split(p)) {
            Integer n = NUMBERS.get(part);
            if (n == null) {
                continue;
            }
            if ((n == 100 || n == 1000) && total > 0) {
                total *= n;
            } else {
                total += n;
            }
        }
        return total == 0 ? -1 : total;
    }

    /** Ordinal words and digits 1st..4th used with quarters and halves. */
    static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th", "final", "last" -> 4;
            default -> 0;
        };
    }
}
