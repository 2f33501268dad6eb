package io.conflicttimeline.nlp.time;

/**
 * One temporal expression found in a text, normalized with TimeML TIMEX3 conventions.
 *
 * @param start     UTF-16 offset of the first character (inclusive)
 * @param end       UTF-16 offset after the last character (exclusive)
 * @param text      the covered text, {@code text.substring(start, end)}
 * @param type      {@code DATE|TIME|DURATION|SET}
 * @param value     TIMEX3 value, e.g. {@code 2025-02-12}, {@code 2025-02-11TNI}, {@code P6M}, {@code PAST_REF},
 *                  {@code XXXX-WXX-3} when the document date is unknown
 * @param precision {@code minute|hour|part-of-day|day|week|month|season|quarter|year|decade|century|unknown}
 * @param anchor    {@code explicit} (absolute in the text, or anchored on an explicit date mentioned before),
 *                  {@code dct} (relative to the document date; its unresolved parts stay X while that is unknown)
 *                  or {@code none} (durations, sets, PAST_REF/PRESENT_REF/FUTURE_REF)
 * @param direction {@code past} or {@code future}: the side of the reference date a relative expression points to
 *                  ("on Friday he will meet", "last month", "yesterday"), kept with X values so that a consumer that
 *                  learns the document date later resolves them the same way; null when no direction was involved
 */
public record TimeExpression(int start, int end, String text, String type, String value, String precision,
                             String anchor, String direction) {
}
