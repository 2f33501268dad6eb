package io.conflicttimeline.nlp.annotation;

/** A request the client must fix; carries the HTTP status and the detail shown in the problem document. */
public class InvalidRequestException extends RuntimeException {

    private final int status;

    public InvalidRequestException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
