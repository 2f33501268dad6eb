package io.conflicttimeline.ingest.messaging;

/** Turns an exception into the one-line reason put into x-failure-reason. */
final class FailureReasons {

    private FailureReasons() {
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 500 ? message.substring(0, 497) + "..." : message;
    }
}
