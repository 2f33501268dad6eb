package io.conflicttimeline.timeline.messaging;

/** Channel names, exchanges, queues and routing keys of the timeline-service, shared with the tests. */
public final class Channels {

    public static final int SCHEMA_VERSION = 1;
    public static final String STAGE = "timeline";

    public static final String EXCHANGE = "articles";
    public static final String DEAD_LETTER_EXCHANGE = "articles.dlx";
    public static final String ANNOTATIONS_QUEUE = "timeline.annotations";
    public static final String ANNOTATIONS_DLQ = "timeline.annotations.dlq";

    public static final String ARTICLE_ANNOTATED = "article.annotated";
    public static final String ARTICLE_PLACED = "article.placed";
    public static final String ARTICLE_FAILED = "article.failed";

    /** Incoming channel on {@link #ANNOTATIONS_QUEUE}. */
    public static final String ANNOTATIONS_IN = "annotations-in";
    public static final String PLACED_OUT = "placed-out";
    public static final String FAILED_OUT = "failed-out";
    public static final String DEAD_LETTER_OUT = "dead-letter-out";

    /** Durable topic exchange of the timeline's own announcements. */
    public static final String TIMELINE_EXCHANGE = "timeline";
    public static final String EVENT_CREATED = "event.created";
    public static final String EVENT_UPDATED = "event.updated";
    public static final String EVENTS_OUT = "timeline-events-out";

    private Channels() {
    }
}
