package io.conflicttimeline.nlp.time;

import java.time.LocalDate;

/**
 * The document creation time (publication date) that relative temporal expressions are resolved against.
 *
 * @param value      the date, or null when unknown
 * @param precision  {@code day} when known, {@code unknown} otherwise
 * @param source     {@code given} (from publishedAt), {@code inferred} (from the text) or {@code unknown}
 * @param method     the evidence used, e.g. {@code ingest-metadata} (given), {@code dateline}, {@code weekday+explicit-date}; null when unknown
 * @param confidence in [0,1]; 1 for a given date, 0 when unknown
 */
public record DocumentDate(LocalDate value, String precision, String source, String method, double confidence) {

    private static final DocumentDate UNKNOWN = new DocumentDate(null, "unknown", "unknown", null, 0.0);

    public DocumentDate {
        if (confidence < 0.0 || confidence > 1.0) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
    }

    /** No date could be established; relative expressions keep their unresolved parts as X. */
    public static DocumentDate unknown() {
        return UNKNOWN;
    }

    /** A date given by the publisher (publishedAt), trusted fully. */
    public static DocumentDate given(LocalDate value) {
        return new DocumentDate(value, "day", "given", "ingest-metadata", 1.0);
    }

    /** A date inferred from the text; {@code method} names the evidence. */
    public static DocumentDate inferred(LocalDate value, String method, double confidence) {
        return new DocumentDate(value, "day", "inferred", method, confidence);
    }

    /** True when a day-precise date is available to resolve relative expressions. */
    public boolean isKnown() {
        return value != null;
    }
}
