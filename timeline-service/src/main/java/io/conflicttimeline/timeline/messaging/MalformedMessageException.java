package io.conflicttimeline.timeline.messaging;

/** A message no retry can fix (not JSON, unknown schemaVersion, missing articleId): dead-lettered at once. */
public class MalformedMessageException extends RuntimeException {

    private final String articleId;

    public MalformedMessageException(String message, String articleId, Throwable cause) {
        super(message, cause);
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}
