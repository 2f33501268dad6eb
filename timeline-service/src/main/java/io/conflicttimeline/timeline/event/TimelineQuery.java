package io.conflicttimeline.timeline.event;

import java.time.LocalDate;

/** Validated filters and page position of GET /timeline. */
public record TimelineQuery(LocalDate from, LocalDate to, String type, String place, String actor, int limit,
                            TimelineCursor cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
}
