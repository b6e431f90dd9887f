package dev.problemjaxrs.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Whether one occurrence of a server error is written, so that a failure that repeats in a burst (a
 * broken dependency answering 500 to everything) does not make the server slower or the log unreadable.
 * Two limits apply per failure, that is per status and exception class:
 * <ul>
 * <li>the stack is printed with the first line and then at most once per {@link #STACK_INTERVAL_NANOS};
 * the repeats name the exception class only, and their stack is never even materialised;</li>
 * <li>at most {@code burstLimit} lines a second. Further occurrences in that second are counted, not
 * logged, and the count is added to the failure's next line. Every logging handler serialises its
 * writers; at thousands of 500s a second, one line each makes the request threads queue on that lock
 * (measured on JUL's ConsoleHandler), while a hundred a second cost nothing noticeable.</li>
 * </ul>
 */
final class BurstLimiter {

    private static final long STACK_INTERVAL_NANOS = 10_000_000_000L;
    private static final long WINDOW_NANOS = 1_000_000_000L;
    private static final int MAX_TRACKED_FAILURES = 1024;

    private final int burstLimit;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Burst> bursts = new ConcurrentHashMap<>();

    /** @param burstLimit lines per second per failure, at least 1 */
    BurstLimiter(int burstLimit, LongSupplier nanoTime) {
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

    /** Whether and how one occurrence is written: the lines it stands for, and whether with its stack. */
    record Decision(long foldedBefore, boolean withStack) {
    }

    /**
     * One line at error level per failure, within the burst limit: at most {@code burstLimit} a second per
     * failure (its key: the status or kind, and the exception class), the rest counted into the next line; the stack at most once
     * per 10 s. Null when this occurrence is only counted.
     */
    Decision decide(String key, Throwable cause) {
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
}
