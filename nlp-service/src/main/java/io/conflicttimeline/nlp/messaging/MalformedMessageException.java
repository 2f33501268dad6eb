package io.conflicttimeline.nlp.messaging;

/** A message that can never be processed (not JSON, unknown schemaVersion, missing field): dead-lettered without retry. */
public class MalformedMessageException extends RuntimeException {

    public MalformedMessageException(String message) {
        super(message);
    }

    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
