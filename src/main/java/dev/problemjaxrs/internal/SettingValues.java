package dev.problemjaxrs.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reading one setting's value: each reader accepts exactly what the property allows and otherwise fails
 * with a message that names the property, its value and what is required.
 */
final class SettingValues {

    /** Response headers with a meaning in HTTP itself, which the trace header must not take. */
    private static final Set<String> RESERVED_HEADERS = Set.of("transfer-encoding", "location", "set-cookie",
            "set-cookie2", "connection", "keep-alive", "upgrade", "trailer", "te", "date", "server", "vary", "etag",
            "last-modified", "expires", "age", "cache-control", "pragma", "allow", "www-authenticate",
            "proxy-authenticate", "retry-after", "accept", "accept-ranges", "via", "warning", "link", "host");
    private static final Set<String> TYPE_SCHEMES = Set.of("http", "https", "urn", "tag");

    private SettingValues() {
    }

    static String uriReference(String key, Object value) {
        String text = value == null ? "" : value.toString().trim();
        if (text.isEmpty()) {
            throw invalid(key, value, "a URI reference is required");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(key, value, "it is not a URI reference (" + e.getReason() + ")");
        }
        // a type is a link to documentation that clients may follow: no script or data URIs
        if (uri.getScheme() != null && !TYPE_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw invalid(key, value, "a type must be an http, https, urn or tag URI, or a relative reference");
        }
        return text;
    }

    static String text(String key, Object value) {
        String text = value == null ? "" : value.toString().trim();
        if (text.isEmpty()) {
            throw invalid(key, value, "a non-blank text is required");
        }
        return text;
    }

    static String mdcKeyValue(Map<String, ?> properties) {
        Object value = properties.get(Settings.MDC_KEY);
        if (value == null) {
            return "traceId";
        }
        String key = value.toString().trim();
        if (key.equalsIgnoreCase(Settings.NONE)) {
            return null;
        }
        if (key.isEmpty() || key.length() > 64 || !key.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw invalid(Settings.MDC_KEY, value, "a key of up to 64 visible ASCII characters is required (use '" + Settings.NONE
                    + "' to switch it off)");
        }
        return key;
    }

    static String headerName(Map<String, ?> properties, String key, String fallback) {
        Object value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        String name = value.toString().trim();
        if (name.equalsIgnoreCase(Settings.NONE)) {
            return null;
        }
        if (!HeaderSyntax.isToken(name)) {
            throw invalid(key, value, "it is not an HTTP header name (use '" + Settings.NONE + "' to switch it off)");
        }
        if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || name.regionMatches(true, 0, "content-", 0, 8)) {
            throw invalid(key, value, "it is a header HTTP itself gives a meaning to; choose a name of your own");
        }
        return name;
    }

    static int intValue(Map<String, ?> properties, String key, int fallback, int min, int max) {
        Object value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.toString().trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw invalid(key, value, "a whole number from " + min + " to " + max + " is required");
    }

    static boolean booleanValue(Map<String, ?> properties, String key, boolean fallback) {
        Object value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw invalid(key, value, "'true' or 'false' is required");
    }

    static IllegalArgumentException invalid(String key, Object value, String why) {
        return new IllegalArgumentException("Invalid problem-jaxrs configuration: " + key + "='" + value + "': " + why);
    }
}
