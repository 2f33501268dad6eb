package io.conflicttimeline.ingest.messaging;

/** Channel names, exchanges, queues and routing keys of ingest-service, shared with the tests. */
public final class Channels {

    public static final String ARTICLES_EXCHANGE = "articles";
    public static final String DEAD_LETTER_EXCHANGE = "articles.dlx";

    public static final String ARTICLE_INGESTED = "article-ingested";
    public static final String ARTICLE_INGESTED_KEY = "article.ingested";

    public static final String SUBMISSIONS = "submissions";
    public static final String SUBMISSIONS_QUEUE = "ingest.submissions";
    public static final String SUBMISSIONS_DLQ = "ingest.submissions.dlq";
    public static final String ARTICLE_SUBMITTED_KEY = "article.submitted";

    public static final String STATUS = "status";
    public static final String STATUS_QUEUE = "ingest.status";
    public static final String STATUS_DLQ = "ingest.status.dlq";
    public static final String ARTICLE_ANNOTATED_KEY = "article.annotated";
    public static final String ARTICLE_PLACED_KEY = "article.placed";
    public static final String ARTICLE_FAILED_KEY = "article.failed";

    public static final String DEAD_LETTERS = "dead-letters";

    public static final String FAILURE_REASON_HEADER = "x-failure-reason";
    public static final String FAILURE_CLASS_HEADER = "x-failure-class";
    public static final String FAILED_AT_HEADER = "x-failed-at";
    public static final String ATTEMPTS_HEADER = "x-attempts";
    public static final String ORIGINAL_ROUTING_KEY_HEADER = "x-original-routing-key";

    private Channels() {
    }
}
