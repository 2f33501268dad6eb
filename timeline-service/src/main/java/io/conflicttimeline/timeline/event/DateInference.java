package io.conflicttimeline.timeline.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the publication date of an article that has none from the day of the event its main event joined, and
 * re-resolves the article's relative TIMEX3 values ({@code XXXX-WXX-2TNI}, {@code XXXX-02-11}, {@code XXXX-XX-XXTNI})
 * against it. Pure functions; {@link PlacementService} decides when the evidence is strong enough.
 *
 * <p>The inferred document date is the day the article's anchor expression refers to (for "overnight", the morning
 * after the night), the earliest date consistent with the article: a report of "Wednesday morning" is read as
 * written that Wednesday. Weekdays and month-days resolve toward the timex's {@code direction} (the tense the
 * nlp-service read: "On Friday he will meet" is the coming Friday); without one, to the nearest such day on or before
 * it ("Tuesday night" -> the day before).
 */
public final class DateInference {

    /** Confidence of a date inferred across articles: below any date an article states or the nlp-service resolved. */
    public static final double CONFIDENCE = 0.5;

    private static final Pattern WEEKDAY = Pattern.compile("^XXXX-WXX-([1-7])(T.*)?$");
    private static final Pattern MONTH_DAY = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern RELATIVE_TIME = Pattern.compile("^XXXX-XX-XX(T.+)$");
    private static final Pattern THIS_WEEK = Pattern.compile("^XXXX-WXX(T.*)?$");

    private DateInference() {
    }

    /** The inferred document date and how it was found. */
    public record Inferred(LocalDate documentDate, String method) {
    }

    /**
     * The document date implied by the article's anchor value when the event it describes happened on
     * {@code eventDay} ({@code eventNight}: the event's date is a night, which reaches into the next morning).
     * Empty when the anchor is not relative to the document date or contradicts the day.
     */
    public static Optional<Inferred> infer(String anchor, LocalDate eventDay, boolean eventNight) {
        if (anchor == null || eventDay == null) {
            return Optional.empty();
        }
        String value = anchor.trim();
        Matcher m = WEEKDAY.matcher(value);
        if (m.matches()) {
            int weekday = Integer.parseInt(m.group(1));
            boolean anchorNight = "TNI".equals(m.group(2));
            for (LocalDate day : candidateDays(eventDay, eventNight, anchorNight)) {
                if (day.getDayOfWeek().getValue() == weekday) {
                    return Optional.of(new Inferred(anchorNight ? day.plusDays(1) : day, "weekday-of-joined-event"));
                }
            }
            return Optional.empty();
        }
        m = MONTH_DAY.matcher(value);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            int dayOfMonth = Integer.parseInt(m.group(2));
            boolean anchorNight = "TNI".equals(m.group(3));
            for (LocalDate day : candidateDays(eventDay, eventNight, anchorNight)) {
                if (day.getMonthValue() == month && day.getDayOfMonth() == dayOfMonth) {
                    return Optional.of(new Inferred(anchorNight ? day.plusDays(1) : day, "month-day-of-joined-event"));
                }
            }
            return Optional.empty();
        }
        m = RELATIVE_TIME.matcher(value);
        if (m.matches()) {
            if ("TNI".equals(m.group(1))) {
                // "Overnight" is the night before the report: a night dated D ends on the morning of D + 1.
                return Optional.of(new Inferred(eventNight ? eventDay.plusDays(1) : eventDay,
                        "overnight-of-joined-event"));
            }
            return Optional.of(new Inferred(eventDay, "same-day-of-joined-event"));
        }
        return Optional.empty();
    }

    /** The days the anchor may name: the event's day, the next one for a night event, the previous for a night anchor. */
    private static java.util.List<LocalDate> candidateDays(LocalDate eventDay, boolean eventNight, boolean anchorNight) {
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        days.add(eventDay);
        if (eventNight) {
            days.add(eventDay.plusDays(1));
        }
        if (anchorNight) {
            days.add(eventDay.minusDays(1));
        }
        return days;
    }

    /**
     * The value re-resolved against the inferred document date, or empty when it has no placeholder this can fill
     * (absolute values, durations, a bare {@code XXXX}).
     *
     * @param direction the timex's {@code direction} ({@code past}, {@code future} or null). A future weekday is the
     *                  next such day strictly after the document date ("On Friday he will meet", "Wednesday" in a
     *                  Wednesday article that looks ahead: the next one); a past or unknown one the nearest on or
     *                  before it (the inferred date is the day of the report's own "Wednesday morning", as the
     *                  nlp-service would resolve it). Month-days go to the nearest on or after (future) or on or
     *                  before (past), else the document date's year. It cannot place {@code XXXX-XX-XX} or
     *                  {@code XXXX-WXX}: those values do not keep the distance ("yesterday" and "three days ago" are
     *                  both past {@code XXXX-XX-XX}), so they keep the same-day / same-week rule.
     */
    public static Optional<String> resolve(String value, LocalDate documentDate, String direction) {
        if (value == null || documentDate == null) {
            return Optional.empty();
        }
        boolean future = "future".equals(direction);
        boolean past = "past".equals(direction);
        String v = value.trim();
        Matcher m = WEEKDAY.matcher(v);
        if (m.matches()) {
            DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(m.group(1)));
            LocalDate day = documentDate.with(future ? TemporalAdjusters.next(weekday)
                    : TemporalAdjusters.previousOrSame(weekday));
            return Optional.of(day + suffix(m.group(2)));
        }
        m = MONTH_DAY.matcher(v);
        if (m.matches()) {
            int year = documentDate.getYear();
            int month = Integer.parseInt(m.group(1));
            int dayOfMonth = Integer.parseInt(m.group(2));
            // compared as month*100+day so that Feb 29 needs no valid date in the document date's year
            int target = month * 100 + dayOfMonth;
            int today = documentDate.getMonthValue() * 100 + documentDate.getDayOfMonth();
            if (future && target < today) {
                year++;
            } else if (past && target > today) {
                year--;
            }
            return Optional.of(year + v.substring(4));
        }
        m = RELATIVE_TIME.matcher(v);
        if (m.matches()) {
            LocalDate day = "TNI".equals(m.group(1)) ? documentDate.minusDays(1) : documentDate;
            return Optional.of(day + m.group(1));
        }
        m = THIS_WEEK.matcher(v);
        if (m.matches()) {
            return Optional.of(String.format("%d-W%02d", documentDate.get(IsoFields.WEEK_BASED_YEAR),
                    documentDate.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + suffix(m.group(1)));
        }
        return Optional.empty();
    }

    private static String suffix(String timePart) {
        return timePart == null ? "" : timePart;
    }
}
