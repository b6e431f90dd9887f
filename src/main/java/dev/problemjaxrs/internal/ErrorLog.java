package dev.problemjaxrs.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.problemjaxrs.internal.BurstLimiter.Decision;
import java.io.IOException;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs server errors with their trace id, so that the {@code instance} a client reports leads to a line.
 * A failure that repeats in a burst is limited per failure ({@link BurstLimiter}): its stack printed now
 * and then, its lines capped per second and the rest counted into the next one, which says so.
 *
 * <p>Through JUL with an explicit source, so no record walks the stack to find its caller.
 */
final class ErrorLog {

    private static final Logger LOG = Logger.getLogger("dev.problemjaxrs");
    private static final String SOURCE = ErrorLog.class.getName();
    private static final int MAX_LOGGED_TEXT = 256;

    /** The limiter's lines per second, named in the line that reports what it folded. */
    private final int burstLimit;
    private final BurstLimiter limiter;

    /** @param burstLimit lines per second per failure, at least 1 */
    ErrorLog(int burstLimit) {
        this(burstLimit, System::nanoTime);
    }

    ErrorLog(int burstLimit, LongSupplier nanoTime) {
        this.limiter = new BurstLimiter(burstLimit, nanoTime);
        this.burstLimit = burstLimit;
    }

    /** A server error: error level, with the stack unless the same failure printed one recently. */
    void serverError(String traceId, String method, String path, int status, Throwable cause) {
        Decision decision = limiter.decide(status + " " + (cause == null ? "-" : cause.getClass().getName()), cause);
        if (decision != null) {
            // the line is built only when it is written: a folded occurrence costs the count alone
            write(decision, "problem-jaxrs: " + status + " for " + sanitize(method) + " " + sanitize(path)
                    + " [trace " + traceId + "]" + DownstreamResponses.describe(cause), cause, "serverError");
        }
    }

    /** Never the raw text of a message: a logged stack is a sanitised copy. */
    private void write(Decision decision, String head, Throwable cause, String sourceMethod) {
        StringBuilder line = new StringBuilder(160).append(head);
        if (cause != null && !decision.withStack()) {
            line.append(": ").append(cause.getClass().getName()).append(" (repeated; stack printed in the last 10 s)");
        }
        if (decision.foldedBefore() > 0) {
            line.append("; ").append(decision.foldedBefore()).append(" more like it before this line were not logged"
                    + " one by one (over ").append(burstLimit).append(" a second)");
        }
        if (decision.withStack()) {
            LOG.logp(Level.SEVERE, SOURCE, sourceMethod, line.toString(), LoggedThrowable.of(cause));
        } else {
            LOG.logp(Level.SEVERE, SOURCE, sourceMethod, line.toString());
        }
    }

    /**
     * Writing a body failed. An I/O error of the connection is the client going away: debug level. A
     * body that could not be serialised (Jackson's exceptions are I/O exceptions too) or any other failure
     * is the server's fault: error level, within the same limits as every server error.
     */
    void writeFailure(String traceId, Throwable failure) {
        String head = "problem-jaxrs: writing the response failed [trace " + traceId + "]";
        if (failure instanceof IOException && !(failure instanceof JsonProcessingException)) {
            if (LOG.isLoggable(Level.FINE)) {
                LOG.logp(Level.FINE, SOURCE, "writeFailure", head + ": " + failure.getClass().getName());
            }
        } else {
            Decision decision = limiter.decide("write " + failure.getClass().getName(), failure);
            if (decision != null) {
                write(decision, head, failure, "writeFailure");
            }
        }
    }

    /** A client error: debug level only, it is the client's to fix. */
    void clientError(String traceId, String method, String path, int status, Throwable cause) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.logp(Level.FINE, SOURCE, "clientError", "problem-jaxrs: " + status + " for " + sanitize(method) + " " + sanitize(path)
                    + " [trace " + traceId + "]" + (cause == null ? "" : ": " + cause.getClass().getName()));
        }
    }

    /** Values from the request are the client's: see {@link #sanitize(String, int)}. */
    static String sanitize(String value) {
        return value == null ? "-" : sanitize(value, MAX_LOGGED_TEXT);
    }

    /**
     * Text that may carry the client's words, made safe for a log: no character that starts a new line
     * (controls, U+2028, U+2029) or changes how a terminal or viewer shows the rest (escape sequences,
     * bidirectional and other format characters), at most {@code max} characters.
     */
    static String sanitize(String value, int max) {
        int length = Math.min(value.length(), max);
        StringBuilder out = new StringBuilder(length + 3);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT;
            out.append(unsafe ? '?' : c);
        }
        return value.length() > max ? out.append("...").toString() : out.toString();
    }

    /**
     * A throwable as the log shows it: the same class name, frames and causes, each message sanitised
     * (exception messages quote client input: {@code For input string: "..."}). Made only when a stack is
     * printed, at most once per failure per 10 s.
     */
    static final class LoggedThrowable extends Throwable {
        private static final long serialVersionUID = 1L;
        private static final int MAX_MESSAGE = 1024;
        private static final int MAX_CAUSES = 16;

        private final String className;

        private LoggedThrowable(Throwable original, int depth) {
            super(original.getMessage() == null ? null : sanitize(original.getMessage(), MAX_MESSAGE),
                    causeOf(original, depth), false, true);
            this.className = original.getClass().getName();
            setStackTrace(original.getStackTrace());
        }

        private static Throwable causeOf(Throwable original, int depth) {
            Throwable cause = original.getCause();
            return cause == null || cause == original || depth >= MAX_CAUSES ? null : new LoggedThrowable(cause, depth + 1);
        }

        static Throwable of(Throwable original) {
            return original == null ? null : new LoggedThrowable(original, 0);
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? className : className + ": " + message;
        }
    }
}
