package dev.problemjaxrs.internal.trace;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Trace ids: 32 lowercase hex characters, taken from a W3C {@code traceparent}, from a request-id
 * header, or freshly generated. Anything malformed is ignored, never echoed.
 */
public final class TraceIds {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_PARENT = "0".repeat(16);
    private static final int TRACEPARENT_V00_LENGTH = 55;

    private TraceIds() {
    }

    /**
     * A fresh id. ThreadLocalRandom: no lock and no entropy pool on the request path; ids only need to
     * be unique, not unpredictable.
     */
    public static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high;
        long low;
        do {
            high = random.nextLong();
            low = random.nextLong();
        } while (high == 0 && low == 0);
        char[] id = new char[32];
        for (int i = 15; i >= 0; i--) {
            id[i] = DIGITS[(int) (high & 0xf)];
            id[i + 16] = DIGITS[(int) (low & 0xf)];
            high >>>= 4;
            low >>>= 4;
        }
        return new String(id);
    }

    /**
     * A {@code traceparent} for an outgoing request of the trace {@code traceId}: version 00, a fresh parent
     * id (16 lowercase hex, never all zero), flags 01.
     */
    public static String traceparent(String traceId) {
        long parent;
        do {
            parent = ThreadLocalRandom.current().nextLong();
        } while (parent == 0);
        char[] value = new char[TRACEPARENT_V00_LENGTH];
        value[0] = '0';
        value[1] = '0';
        value[2] = '-';
        traceId.getChars(0, 32, value, 3);
        value[35] = '-';
        for (int i = 51; i >= 36; i--) {
            value[i] = DIGITS[(int) (parent & 0xf)];
            parent >>>= 4;
        }
        value[52] = '-';
        value[53] = '0';
        value[54] = '1';
        return new String(value);
    }

    /** The trace-id of a valid {@code traceparent} header, or null. */
    public static String fromTraceparent(String value) {
        if (value == null || value.length() < TRACEPARENT_V00_LENGTH) {
            return null;
        }
        if (!isLowerHex(value, 0, 2) || value.startsWith("ff")) {
            return null;
        }
        // Version 00 has an exact length; later versions may append fields after another dash.
        if (value.startsWith("00") ? value.length() != TRACEPARENT_V00_LENGTH
                : value.length() > TRACEPARENT_V00_LENGTH && value.charAt(TRACEPARENT_V00_LENGTH) != '-') {
            return null;
        }
        if (value.charAt(2) != '-' || value.charAt(35) != '-' || value.charAt(52) != '-') {
            return null;
        }
        if (!isLowerHex(value, 3, 35) || !isLowerHex(value, 36, 52) || !isLowerHex(value, 53, 55)) {
            return null;
        }
        if (value.regionMatches(3, ZERO_TRACE, 0, 32) || value.regionMatches(36, ZERO_PARENT, 0, 16)) {
            return null;
        }
        return value.substring(3, 35);
    }

    /** A request id of 32 hex digits or a UUID, as 32 lowercase hex; null if it is neither. */
    public static String fromRequestId(String value) {
        if (value == null) {
            return null;
        }
        String hex;
        if (value.length() == 32) {
            hex = value;
        } else if (value.length() == 36 && value.charAt(8) == '-' && value.charAt(13) == '-'
                && value.charAt(18) == '-' && value.charAt(23) == '-') {
            hex = value.substring(0, 8) + value.substring(9, 13) + value.substring(14, 18)
                    + value.substring(19, 23) + value.substring(24);
        } else {
            return null;
        }
        if (!isHex(hex)) {
            return null;
        }
        String lower = hex.toLowerCase(Locale.ROOT);
        return lower.equals(ZERO_TRACE) ? null : lower;
    }

    /** True if the value is an id this library could have produced: 32 lowercase hex, not all zero. */
    public static boolean isValid(String id) {
        return id != null && id.length() == 32 && isLowerHex(id, 0, 32) && !id.equals(ZERO_TRACE);
    }

    private static boolean isLowerHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0 || s.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }
}
