package io.conflicttimeline.nlp.time;

import static io.conflicttimeline.nlp.time.TimeLexicon.MONTH_ANY;
import static io.conflicttimeline.nlp.time.TimeLexicon.WEEKDAY;
import static io.conflicttimeline.nlp.time.TimeLexicon.YEAR;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Establishes the document creation time: the publisher's date when given, otherwise the best evidence in the
 * text (a dateline, a weekday stated together with a month and day, the latest explicit full date), otherwise
 * unknown. It never falls back to the current date, because a wrong anchor silently shifts every relative
 * expression of the article. Immutable and thread-safe.
 */
public final class PublicationDateInferrer {

    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2030;

    /** "KYIV, Feb 12 (Reuters) -" and "KYIV, Feb 12, 2025 (AP) -" at the start of the text or of a line. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^\\s*[A-Z][A-Za-z .'\u2019-]{1,40}(?:,\\s*[A-Za-z .]{2,30})?,\\s*(?<mon>" + MONTH_ANY + ")\\s+(?<d>[0-3]?\\d)"
                    + "(?:,?\\s+(?<y>" + YEAR + "))?\\s*\\((?:Reuters|AP|AFP|Xinhua|dpa|UPI|Bloomberg|IANS|PTI|ANI|TASS|Interfax)\\)\\s*[-\u2013\u2014]");
    /** "Wednesday (Feb 12)", "Wednesday, February 12", "Wednesday, Feb. 12, 2025". */
    private static final Pattern WEEKDAY_DATE = Pattern.compile(
            "(?<wd>" + WEEKDAY + ")\\s*(?:\\(\\s*|,\\s*|\\s+)(?<mon>" + MONTH_ANY + ")\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?"
                    + "(?:,?\\s+(?<y>" + YEAR + "))?\\s*\\)?");
    /** "February 12" followed by a weekday in brackets: "Feb 12 (Wednesday)". */
    private static final Pattern DATE_WEEKDAY = Pattern.compile(
            "(?<mon>" + MONTH_ANY + ")\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<y>" + YEAR + "))?\\s*[,(]\\s*(?<wd>" + WEEKDAY + ")");
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<![\\w$])(?:(?<mon>" + MONTH_ANY + ")\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+(?<y>" + YEAR + ")"
                    + "|(?<d2>[0-3]?\\d)\\s+(?<mon2>" + MONTH_ANY + ")\\s+(?<y2>" + YEAR + ")"
                    + "|(?<iy>\\d{4})-(?<im>[01]\\d)-(?<id>[0-3]\\d))(?!\\d)");
    /** A year mentioned as past or present ("since February 2022", "in 2022"): the article cannot be older. */
    private static final Pattern YEAR_MENTION = Pattern.compile("(?<![\\w$.,])(?<y>" + YEAR + ")(?![\\w%]|[.,]\\d)");
    private static final Pattern WEEKDAY_WORD = Pattern.compile("\\b" + WEEKDAY + "\\b");
    private static final Pattern FUTURE_CONTEXT = Pattern.compile(
            "(?i)\\b(?:will|would|by|until|till|through|plans?|planned|target|targets|goal|expected|forecast|projected|aims?|to\\s+be|before)\\b[^.]{0,40}$");

    public PublicationDateInferrer() {
    }

    /**
     * The document date of an article.
     *
     * @param text        the cleaned article text
     * @param publishedAt the publisher's date (ISO-8601 date or date-time) or null
     */
    public DocumentDate infer(String text, String publishedAt) {
        LocalDate given = parseGiven(publishedAt);
        if (given != null) {
            return DocumentDate.given(given);
        }
        if (text == null || text.isBlank()) {
            return DocumentDate.unknown();
        }
        text = TimeTagger.foldSeparators(text);
        int lowerBound = lowerBoundYear(text);

        Matcher dl = DATELINE.matcher(text);
        if (dl.find() && dl.start() < Math.min(text.length(), 600)) {
            int mon = TimeLexicon.month(dl.group("mon"));
            int day = Integer.parseInt(dl.group("d"));
            if (dl.group("y") != null) {
                LocalDate d = date(Integer.parseInt(dl.group("y")), mon, day);
                if (d != null) {
                    return DocumentDate.inferred(d, "dateline", 0.95);
                }
            }
            DayOfWeek dow = weekdayNear(text, dl.end());
            if (dow != null) {
                DocumentDate fromWeekday = fromWeekday(mon, day, dow, lowerBound, "dateline+weekday");
                if (fromWeekday != null) {
                    return fromWeekday;
                }
            }
        }

        DocumentDate best = null;
        for (Pattern p : List.of(WEEKDAY_DATE, DATE_WEEKDAY)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int mon = TimeLexicon.month(m.group("mon"));
                int day = Integer.parseInt(m.group("d"));
                DayOfWeek dow = TimeLexicon.weekday(m.group("wd"));
                if (m.group("y") != null) {
                    LocalDate d = date(Integer.parseInt(m.group("y")), mon, day);
                    if (d != null && d.getDayOfWeek() == dow && (best == null || d.isAfter(best.value()))) {
                        best = DocumentDate.inferred(d, "weekday+explicit-date", 0.9);
                    }
                    continue;
                }
                DocumentDate candidate = fromWeekday(mon, day, dow, lowerBound, "weekday+explicit-date");
                if (candidate != null && (best == null || candidate.value().isAfter(best.value()))) {
                    best = candidate;
                }
            }
        }
        if (best != null) {
            return best;
        }

        LocalDate latest = null;
        Matcher f = FULL_DATE.matcher(text);
        while (f.find()) {
            LocalDate d;
            if (f.group("mon") != null) {
                d = date(Integer.parseInt(f.group("y")), TimeLexicon.month(f.group("mon")), Integer.parseInt(f.group("d")));
            } else if (f.group("mon2") != null) {
                d = date(Integer.parseInt(f.group("y2")), TimeLexicon.month(f.group("mon2")), Integer.parseInt(f.group("d2")));
            } else {
                d = date(Integer.parseInt(f.group("iy")), Integer.parseInt(f.group("im")), Integer.parseInt(f.group("id")));
            }
            if (d == null || d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR || inFutureContext(text, f.start())) {
                continue;
            }
            if (latest == null || d.isAfter(latest)) {
                latest = d;
            }
        }
        if (latest != null) {
            // The latest date a report mentions is usually the day of the news or the day before; it is a lower bound.
            return DocumentDate.inferred(latest, "latest-explicit-date", 0.5);
        }
        return DocumentDate.unknown();
    }

    /**
     * The year a weekday fixes for a month-day: among plausible years that are not before the lower bound, the
     * earliest one on which the date falls on that weekday. Confidence grows when the bound leaves a single
     * candidate within a few years.
     */
    private static DocumentDate fromWeekday(int mon, int day, DayOfWeek dow, int lowerBound, String method) {
        List<Integer> years = new ArrayList<>();
        for (int y = Math.max(MIN_YEAR, lowerBound); y <= MAX_YEAR; y++) {
            LocalDate d = date(y, mon, day);
            if (d != null && d.getDayOfWeek() == dow) {
                years.add(y);
            }
        }
        if (years.isEmpty()) {
            return null;
        }
        LocalDate d = LocalDate.of(years.getFirst(), mon, day);
        double confidence;
        if (lowerBound > MIN_YEAR) {
            int gap = years.size() > 1 ? years.get(1) - years.getFirst() : 99;
            int slack = years.getFirst() - lowerBound;
            confidence = gap >= 5 && slack <= 5 ? 0.8 : 0.6;
        } else {
            confidence = 0.3;
        }
        return DocumentDate.inferred(d, method, confidence);
    }

    /** The largest year the text mentions in a past or present context (not "by 2030", "will ... in 2027"). */
    static int lowerBoundYear(String text) {
        int bound = MIN_YEAR;
        Matcher m = YEAR_MENTION.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group("y"));
            if (y < MIN_YEAR || y > MAX_YEAR || inFutureContext(text, m.start())) {
                continue;
            }
            bound = Math.max(bound, y);
        }
        return bound;
    }

    private static boolean inFutureContext(String text, int position) {
        int from = Math.max(0, position - 60);
        return FUTURE_CONTEXT.matcher(text.substring(from, position)).find();
    }

    private static DayOfWeek weekdayNear(String text, int from) {
        Matcher m = WEEKDAY_WORD.matcher(text);
        m.region(from, Math.min(text.length(), from + 300));
        return m.find() ? TimeLexicon.weekday(m.group()) : null;
    }

    private static LocalDate parseGiven(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        String s = publishedAt.trim();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s);
            }
            try {
                return OffsetDateTime.parse(s).toLocalDate();
            } catch (DateTimeException e) {
                try {
                    return ZonedDateTime.parse(s).toLocalDate();
                } catch (DateTimeException e2) {
                    return LocalDateTime.parse(s).toLocalDate();
                }
            }
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return m < 1 ? null : LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
