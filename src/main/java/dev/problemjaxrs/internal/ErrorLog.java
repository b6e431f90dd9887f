package dev.problemjaxrs.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs server errors with their trace id, so that the {@code instance} a client reports leads to a line.
 *
 * <p>A failure that repeats in a burst (a broken dependency answering 500 to everything) must not make
 * the server slower or the log unreadable. Two limits apply per failure, that is per status and
 * exception class:
 * <ul>
 * <li>the stack is printed with the first line and then at most once per {@link #STACK_INTERVAL_NANOS};
 * the repeats name the exception class only, and their stack is never even materialised;</li>
 * <li>at most {@code burstLimit} lines a second. Further occurrences in that second are counted, not
 * logged, and the count is added to the failure's next line. Every logging handler serialises its
 * writers; at thousands of 500s a second, one line each makes the request threads queue on that lock
 * (measured on JUL's ConsoleHandler), while a hundred a second cost nothing noticeable.</li>
 * </ul>
 * Through JUL with an explicit source, so no record walks the stack to find its caller.
 */
final class ErrorLog {

    private static final Logger LOG = Logger.getLogger("dev.problemjaxrs");
    private static final String SOURCE = ErrorLog.class.getName();
    private static final long STACK_INTERVAL_NANOS = 10_000_000_000L;
    private static final long WINDOW_NANOS = 1_000_000_000L;
    private static final int MAX_TRACKED_FAILURES = 1024;
    private static final int MAX_LOGGED_TEXT = 256;

    private final int burstLimit;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Burst> bursts = new ConcurrentHashMap<>();

    /** @param burstLimit lines per second per failure, at least 1 */
    ErrorLog(int burstLimit) {
        this(burstLimit, System::nanoTime);
    }

    ErrorLog(int burstLimit, LongSupplier nanoTime) {
        if (burstLimit < 1) {
            throw new IllegalArgumentException("burstLimit must be at least 1: " + burstLimit);
        }
        this.burstLimit = burstLimit;
        this.nanoTime = nanoTime;
    }

    /** One failure's recent history; guarded by its own monitor, held for a few field updates only. */
    private static final class Burst {
        long windowStart;
        int linesInWindow;
        long folded;
        boolean stackPrinted;
        long stackAt;

        Burst(long now) {
            windowStart = now;
        }
    }

    /** A server error: error level, with the stack unless the same failure printed one recently. */
    void serverError(String traceId, String method, String path, int status, Throwable cause) {
        Decision decision = decide(status + " " + (cause == null ? "-" : cause.getClass().getName()), cause);
        if (decision != null) {
            // the line is built only when it is written: a folded occurrence costs the count alone
            write(decision, "problem-jaxrs: " + status + " for " + sanitize(method) + " " + sanitize(path)
                    + " [trace " + traceId + "]" + DownstreamResponses.describe(cause), cause, "serverError");
        }
    }

    /** Whether and how one occurrence is written: the lines it stands for, and whether with its stack. */
    private record Decision(long foldedBefore, boolean withStack) {
    }

    /**
     * One line at error level per failure, within the burst limit: at most {@code burstLimit} a second per
     * failure (its key: the status or kind, and the exception class), the rest counted into the next line; the stack at most once
     * per 10 s. Null when this occurrence is only counted.
     */
    private Decision decide(String key, Throwable cause) {
        long now = nanoTime.getAsLong();
        Burst burst = burst(key, now);
        synchronized (burst) {
            if (now - burst.windowStart >= WINDOW_NANOS) {
                burst.windowStart = now;
                burst.linesInWindow = 0;
            }
            if (burst.linesInWindow >= burstLimit) {
                burst.folded++;
                return null;
            }
            burst.linesInWindow++;
            long foldedBefore = burst.folded;
            burst.folded = 0;
            boolean withStack = cause != null && (!burst.stackPrinted || now - burst.stackAt >= STACK_INTERVAL_NANOS);
            if (withStack) {
                burst.stackPrinted = true;
                burst.stackAt = now;
            }
            return new Decision(foldedBefore, withStack);
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

    private Burst burst(String key, long now) {
        Burst burst = bursts.get(key);
        if (burst != null) {
            return burst;
        }
        // exception classes are the application's; a bound keeps a pathological one from growing the map
        if (bursts.size() >= MAX_TRACKED_FAILURES) {
            bursts.clear();
        }
        return bursts.computeIfAbsent(key, k -> new Burst(now));
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
            Decision decision = decide("write " + failure.getClass().getName(), failure);
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
