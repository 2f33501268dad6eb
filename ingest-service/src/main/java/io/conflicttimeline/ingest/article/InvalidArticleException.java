package io.conflicttimeline.ingest.article;

/** A submission that cannot be accepted as it is; the message says what to change. */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String detail) {
        super(detail);
    }
}
