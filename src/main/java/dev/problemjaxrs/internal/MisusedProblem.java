package dev.problemjaxrs.internal;

/** What the log says when the application misused a problem; no stack: the log line names the request. */
final class MisusedProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MisusedProblem(String message) {
        super(message, null, false, false);
    }
}
