package io.conflicttimeline.timeline.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The known fields of a (possibly partial) TIMEX3 date value such as {@code 2025-02-12}, {@code XXXX-WXX-3TMO}.
 *
 * <p>Unknown parts ({@code X}) stay null so that two values can be compared field by field.
 */
public record TimexDate(String value, Integer year, Integer month, Integer day, Integer week, Integer weekday,
                        Integer quarter, String season, Integer decade, String partOfDay) {

    private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2}|XX)-(\\d{2}|XX)(T.*)?$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4}|XXXX)-W(\\d{2}|XX)(?:-(\\d|X))?(T.*)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2}|XX)$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4}|XXXX)-Q([1-4])$");
    private static final Pattern SEASON = Pattern.compile("^(\\d{4}|XXXX)-(SP|SU|FA|WI)$");
    private static final Pattern DECADE = Pattern.compile("^(\\d{3})$");
    private static final Pattern TIME = Pattern.compile("^T(?:(MO|AF|EV|NI|DT)|(\\d{2})(?::\\d{2}.*)?)$");

    /** A value without any known field (null, a duration, {@code PAST_REF}, ...). */
    public static TimexDate unknown(String value) {
        return new TimexDate(value, null, null, null, null, null, null, null, null, null);
    }

    public static TimexDate parse(String value) {
        if (value == null || value.isBlank()) {
            return unknown(value);
        }
        String v = value.trim();
        Matcher m = DAY.matcher(v);
        if (m.matches()) {
            return new TimexDate(v, number(m.group(1)), number(m.group(2)), number(m.group(3)), null, null, null, null,
                    null, partOfDay(m.group(4)));
        }
        m = WEEK.matcher(v);
        if (m.matches()) {
            return new TimexDate(v, number(m.group(1)), null, null, number(m.group(2)), number(m.group(3)), null, null,
                    null, partOfDay(m.group(4)));
        }
        m = MONTH.matcher(v);
        if (m.matches()) {
            return new TimexDate(v, number(m.group(1)), number(m.group(2)), null, null, null, null, null, null, null);
        }
        m = YEAR.matcher(v);
        if (m.matches()) {
            return new TimexDate(v, number(m.group(1)), null, null, null, null, null, null, null, null);
        }
        m = QUARTER.matcher(v);
        if (m.matches()) {
            return new TimexDate(v, number(m.group(1)), null, null, null, null, number(m.group(2)), null, null, null);
        }
        m = SEASON.matcher(v);
        if (m.matches()) {
            return new TimexDate(v, number(m.group(1)), null, null, null, null, null, m.group(2), null, null);
        }
        m = DECADE.matcher(v);
        if (m.matches()) {
            return new TimexDate(v, null, null, null, null, null, null, null, number(m.group(1)), null);
        }
        return unknown(v);
    }

    private static Integer number(String part) {
        if (part == null || part.chars().anyMatch(c -> c == 'X')) {
            return null;
        }
        return Integer.valueOf(part);
    }

    private static String partOfDay(String timePart) {
        if (timePart == null) {
            return null;
        }
        Matcher m = TIME.matcher(timePart);
        if (!m.matches()) {
            return null;
        }
        if (m.group(1) != null) {
            return m.group(1);
        }
        int hour = Integer.parseInt(m.group(2));
        if (hour >= 5 && hour < 12) {
            return "MO";
        }
        if (hour >= 12 && hour < 18) {
            return "AF";
        }
        if (hour >= 18 && hour < 22) {
            return "EV";
        }
        return "NI";
    }

    /** True when at least one calendar field is known; a part of day alone ("overnight") does not count. */
    public boolean hasKnownDateField() {
        return year != null || month != null || day != null || week != null || weekday != null || quarter != null
                || season != null || decade != null;
    }

    public LocalDate fullDate() {
        if (year == null || month == null || day == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    public boolean isNight() {
        return "NI".equals(partOfDay);
    }

    /** Number of known calendar fields; a full date counts as the most specific. */
    public int specificity() {
        if (fullDate() != null) {
            return 10;
        }
        int known = 0;
        for (Object field : new Object[] {year, month, day, week, weekday, quarter, season, decade}) {
            if (field != null) {
                known++;
            }
        }
        return known;
    }

    /**
     * The calendar range the value certainly lies in, or null when it cannot be placed on the calendar (year
     * unknown). A night reaches into the early hours of the next day.
     */
    public LocalDate[] range() {
        LocalDate full = fullDate();
        LocalDate from;
        LocalDate to;
        if (full != null) {
            from = full;
            to = full;
        } else if (year != null && week != null) {
            try {
                LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(DayOfWeek.MONDAY);
                from = weekday != null ? monday.plusDays(weekday - 1L) : monday;
                to = weekday != null ? from : monday.plusDays(6);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        } else if (year != null && month != null && month >= 1 && month <= 12) {
            from = LocalDate.of(year, month, 1);
            to = from.with(TemporalAdjusters.lastDayOfMonth());
        } else if (year != null && quarter != null) {
            from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            to = from.plusMonths(3).minusDays(1);
        } else if (year != null && season != null) {
            int startMonth = switch (season) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            from = LocalDate.of(year, startMonth, 1);
            to = from.plusMonths(3).minusDays(1);
        } else if (year != null) {
            from = LocalDate.of(year, 1, 1);
            to = LocalDate.of(year, 12, 31);
        } else if (decade != null) {
            from = LocalDate.of(decade * 10, 1, 1);
            to = LocalDate.of(decade * 10 + 9, 12, 31);
        } else {
            return null;
        }
        return new LocalDate[] {from, isNight() ? to.plusDays(1) : to};
    }

    /**
     * Two values are compatible when every field known on both sides agrees; a full date also fixes its weekday,
     * ISO week, quarter and season. A night may be reported under either of the two dates it spans, so a night
     * value is also tried shifted by one day.
     */
    public boolean compatibleWith(TimexDate other) {
        if (!hasKnownDateField() || !other.hasKnownDateField()) {
            // Nothing to contradict; EventResolver asks such mentions for agreeing figures instead.
            return true;
        }
        if (fieldsAgree(this, other) && partsOfDayCompatible(partOfDay, other.partOfDay)) {
            return true;
        }
        if (isNight() && fieldsAgree(nextDay(), other)) {
            return true;
        }
        return other.isNight() && fieldsAgree(this, other.nextDay());
    }

    private TimexDate nextDay() {
        LocalDate full = fullDate();
        if (full != null) {
            LocalDate next = full.plusDays(1);
            return new TimexDate(value, next.getYear(), next.getMonthValue(), next.getDayOfMonth(), null, null, null,
                    null, null, "MO");
        }
        Integer nextWeekday = weekday == null ? null : weekday % 7 + 1;
        Integer nextMonth = month;
        Integer nextDayOfMonth = day;
        if (month != null && day != null && month >= 1 && month <= 12) {
            // Year unknown: a leap year keeps 29 February possible.
            LocalDate next = MonthDay.of(month, Math.min(day, 29)).atYear(2024).plusDays(1);
            nextMonth = next.getMonthValue();
            nextDayOfMonth = next.getDayOfMonth();
        }
        return new TimexDate(value, year, nextMonth, nextDayOfMonth, week, nextWeekday, quarter, season, decade, "MO");
    }

    private static boolean fieldsAgree(TimexDate a, TimexDate b) {
        TimexDate x = a.expanded();
        TimexDate y = b.expanded();
        LocalDate fx = a.fullDate();
        LocalDate fy = b.fullDate();
        if (fx != null && fy != null) {
            return fx.equals(fy);
        }
        // A full date's ISO week belongs to its week-based year, which may differ from its calendar year.
        boolean weekCompared = x.week != null && y.week != null;
        if (weekCompared && !x.week.equals(y.week)) {
            return false;
        }
        if (!agree(x.year, y.year) && !(weekCompared && weekYearAgrees(a, fx, b, fy))) {
            return false;
        }
        return agree(x.month, y.month) && agree(x.day, y.day) && agree(x.weekday, y.weekday)
                && agree(x.quarter, y.quarter) && agree(x.season, y.season) && agree(x.decade, y.decade)
                && monthInQuarterAndSeason(x, y) && monthInQuarterAndSeason(y, x);
    }

    private static boolean weekYearAgrees(TimexDate a, LocalDate fa, TimexDate b, LocalDate fb) {
        Integer ya = fa != null ? Integer.valueOf(fa.get(IsoFields.WEEK_BASED_YEAR)) : a.year;
        Integer yb = fb != null ? Integer.valueOf(fb.get(IsoFields.WEEK_BASED_YEAR)) : b.year;
        return agree(ya, yb);
    }

    private static boolean monthInQuarterAndSeason(TimexDate withMonth, TimexDate other) {
        if (withMonth.month == null) {
            return true;
        }
        if (other.quarter != null && (withMonth.month - 1) / 3 + 1 != other.quarter) {
            return false;
        }
        return other.season == null || seasonOf(withMonth.month).equals(other.season);
    }

    private static String seasonOf(int month) {
        return switch (month) {
            case 3, 4, 5 -> "SP";
            case 6, 7, 8 -> "SU";
            case 9, 10, 11 -> "FA";
            default -> "WI";
        };
    }

    /** Derives the fields a full date implies (weekday, ISO week, quarter, season, decade). */
    private TimexDate expanded() {
        LocalDate full = fullDate();
        Integer decadeOfYear = year != null ? Integer.valueOf(year / 10) : decade;
        if (full == null) {
            Integer q = quarter != null ? quarter
                    : (month != null && month >= 1 && month <= 12 ? Integer.valueOf((month - 1) / 3 + 1) : null);
            return new TimexDate(value, year, month, day, week, weekday, q, season, decadeOfYear, partOfDay);
        }
        return new TimexDate(value, year, month, day, full.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                full.getDayOfWeek().getValue(), (month - 1) / 3 + 1, seasonOf(month), decadeOfYear, partOfDay);
    }

    private static boolean agree(Object a, Object b) {
        return a == null || b == null || Objects.equals(a, b);
    }

    /** Parts of the day agree when equal or adjacent (an overnight strike is also reported as "early morning"). */
    static boolean partsOfDayCompatible(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        String pair = a.compareTo(b) < 0 ? a + b : b + a;
        return switch (pair) {
            case "MONI", "AFMO", "AFEV", "EVNI", "DTMO", "AFDT" -> true;
            default -> false;
        };
    }
}
