package dev.problemjaxrs.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs server errors once each with their trace id. A failure that repeats in a burst (a broken
 * dependency answering 500 to everything) keeps one line per request but prints its stack only once
 * per {@link #STACK_INTERVAL_NANOS} per exception class, so the log stays readable and cheap: the stack
 * is not even materialised for the repeats. Through JUL with an explicit source, so no record walks the
 * stack to find its caller.
 */
public final class ErrorLog {

    private static final Logger LOG = Logger.getLogger("dev.problemjaxrs");
    private static final String SOURCE = ErrorLog.class.getName();
    private static final long STACK_INTERVAL_NANOS = 10_000_000_000L;
    private static final int MAX_TRACKED_FAILURES = 1024;
    private static final int MAX_LOGGED_TEXT = 256;

    private final ConcurrentHashMap<String, AtomicLong> lastStackAt = new ConcurrentHashMap<>();

    /** A server error: error level, with the stack unless the same failure printed one recently. */
    public void serverError(String traceId, String method, String path, int status, Throwable cause) {
        String line = "problem-jaxrs: " + status + " for " + sanitize(method) + " " + sanitize(path)
                + " [trace " + traceId + "]";
        if (cause == null) {
            LOG.logp(Level.SEVERE, SOURCE, "serverError", line);
        } else if (shouldPrintStack(cause)) {
            LOG.logp(Level.SEVERE, SOURCE, "serverError", line, cause);
        } else {
            LOG.logp(Level.SEVERE, SOURCE, "serverError", line + ": " + cause.getClass().getName()
                    + " (repeated; stack printed in the last 10 s)");
        }
    }

    /**
     * Writing a body failed. An I/O error is usually the client going away: debug level. Anything else
     * is the server's fault: error level, with the stack.
     */
    public void writeFailure(String traceId, Throwable failure) {
        String line = "problem-jaxrs: writing the response failed [trace " + traceId + "]";
        if (failure instanceof java.io.IOException) {
            if (LOG.isLoggable(Level.FINE)) {
                LOG.logp(Level.FINE, SOURCE, "writeFailure", line + ": " + failure);
            }
        } else {
            LOG.logp(Level.SEVERE, SOURCE, "writeFailure", line, failure);
        }
    }

    /** A client error: debug level only, it is the client's to fix. */
    public void clientError(String traceId, String method, String path, int status, Throwable cause) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.logp(Level.FINE, SOURCE, "clientError", "problem-jaxrs: " + status + " for " + sanitize(method) + " " + sanitize(path)
                    + " [trace " + traceId + "]" + (cause == null ? "" : ": " + cause.getClass().getName()));
        }
    }

    private boolean shouldPrintStack(Throwable cause) {
        String key = cause.getClass().getName();
        if (lastStackAt.size() > MAX_TRACKED_FAILURES) {
            lastStackAt.clear();
        }
        AtomicLong last = lastStackAt.computeIfAbsent(key, k -> new AtomicLong(System.nanoTime() - STACK_INTERVAL_NANOS));
        long now = System.nanoTime();
        long previous = last.get();
        return now - previous >= STACK_INTERVAL_NANOS && last.compareAndSet(previous, now);
    }

    /** Values from the request are the client's: no line breaks or control characters, bounded length. */
    static String sanitize(String value) {
        if (value == null) {
            return "-";
        }
        int length = Math.min(value.length(), MAX_LOGGED_TEXT);
        StringBuilder out = new StringBuilder(length + 3);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        return value.length() > MAX_LOGGED_TEXT ? out.append("...").toString() : out.toString();
    }
}
