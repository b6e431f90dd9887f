package dev.problemjaxrs.internal;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** HTTP dates and Retry-After values. */
final class HttpDates {

    /** IMF-fixdate (RFC 9110): always a two-digit day, unlike {@link DateTimeFormatter#RFC_1123_DATE_TIME}. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** The wording of the standard's 429 example: "You can try again at YYYY-MM-DD HH:mm:ss". */
    private static final DateTimeFormatter RETRY_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final long MAX_DELTA_SECONDS = 10L * 365 * 24 * 3600;

    private HttpDates() {
    }

    static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    static String formatRetryAt(Instant instant) {
        return RETRY_AT.format(instant);
    }

    /**
     * The instant a Retry-After value names, delta-seconds or an HTTP-date; null if it is neither.
     */
    static Instant retryAt(String value, Instant now) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        if (!text.isEmpty() && text.length() <= 12 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long seconds = Long.parseLong(text);
            return seconds <= MAX_DELTA_SECONDS ? now.plusSeconds(seconds) : null;
        }
        if (text.length() > 64) {
            return null;
        }
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A header value as text; dates given as objects as IMF-fixdate, whatever the runtime's delegate does. */
    static String headerText(Object value) {
        if (value instanceof Date date) {
            return format(date.toInstant());
        }
        if (value instanceof TemporalAccessor temporal) {
            return format(Instant.from(temporal));
        }
        return value.toString();
    }
}
