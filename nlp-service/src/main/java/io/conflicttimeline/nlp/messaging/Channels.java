package io.conflicttimeline.nlp.messaging;

/** Channel names, exchanges, queues and routing keys of nlp-service, shared with the tests. */
public final class Channels {

    public static final String ARTICLES_IN = "articles-in";
    public static final String ANNOTATED_OUT = "annotated-out";
    public static final String FAILED_OUT = "failed-out";
    public static final String DEAD_LETTER_OUT = "dead-letter-out";

    public static final String EXCHANGE = "articles";
    public static final String DEAD_LETTER_EXCHANGE = "articles.dlx";
    public static final String QUEUE = "nlp.articles";
    public static final String DEAD_LETTER_QUEUE = "nlp.articles.dlq";

    public static final String ARTICLE_INGESTED = "article.ingested";
    public static final String ARTICLE_ANNOTATED = "article.annotated";
    public static final String ARTICLE_FAILED = "article.failed";

    public static final int SCHEMA_VERSION = 1;

    private Channels() {
    }
}
