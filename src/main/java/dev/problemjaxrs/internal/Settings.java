package dev.problemjaxrs.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The library's configuration, read once from the application's properties and immutable afterwards.
 * Every key lives under {@code problemjaxrs.}; an unknown key or a bad value fails at startup with a
 * message that names both.
 */
final class Settings {

    static final String PREFIX = "problemjaxrs.";
    static final String TYPE_BASE = PREFIX + "type.base";
    static final String TYPE_PREFIX = PREFIX + "type.";
    static final String TITLE_PREFIX = PREFIX + "title.";
    static final String DETAIL_PREFIX = PREFIX + "detail.";
    static final String TRACE_REQUEST_HEADER = PREFIX + "trace.request-header";
    static final String TRACE_RESPONSE_HEADER = PREFIX + "trace.response-header";
    static final String MAX_INVALID_PARAMETERS = PREFIX + "invalid-parameters.max";
    static final String FORBIDDEN_AS_NOT_FOUND = PREFIX + "forbidden-as-not-found";
    static final String REJECT_AMBIGUOUS_PATHS = PREFIX + "reject-ambiguous-paths";
    static final String AUTO_DISCOVERY = PREFIX + "auto-discovery";
    static final String LOG_BURST_LIMIT = PREFIX + "log.burst-limit";
    static final String MDC_KEY = PREFIX + "trace.mdc-key";
    static final String TRACE_PROPAGATE = PREFIX + "trace.propagate";

    static final String DEFAULT_TYPE_BASE = "https://problemjaxrs.dev/errors";
    /** The value that switches a header off. */
    static final String NONE = "none";

    private static final Set<String> KNOWN = Set.of(TYPE_BASE, TRACE_REQUEST_HEADER, TRACE_RESPONSE_HEADER,
            MAX_INVALID_PARAMETERS, FORBIDDEN_AS_NOT_FOUND, REJECT_AMBIGUOUS_PATHS, AUTO_DISCOVERY, LOG_BURST_LIMIT,
            MDC_KEY, TRACE_PROPAGATE);
    private static final int MAX_INVALID_PARAMETERS_LIMIT = 10_000;
    /** Response headers with a meaning in HTTP itself, which the trace header must not take. */
    private static final Set<String> RESERVED_HEADERS = Set.of("transfer-encoding", "location", "set-cookie",
            "set-cookie2", "connection", "keep-alive", "upgrade", "trailer", "te", "date", "server", "vary", "etag",
            "last-modified", "expires", "age", "cache-control", "pragma", "allow", "www-authenticate",
            "proxy-authenticate", "retry-after", "accept", "accept-ranges", "via", "warning", "link", "host");
    private static final Set<String> TYPE_SCHEMES = Set.of("http", "https", "urn", "tag");
    private static final int MAX_LOG_BURST_LIMIT = 1_000_000;

    /** The type of every catalog slug, computed once. */
    private final Map<String, String> types;
    private final Map<String, String> titles;
    private final Map<String, String> details;
    private final String requestIdHeader;
    private final String traceResponseHeader;
    private final String mdcKey;
    private final int maxInvalidParameters;
    private final boolean forbiddenAsNotFound;
    private final boolean rejectAmbiguousPaths;
    private final int logBurstLimit;
    private final boolean propagateTrace;

    private Settings(Map<String, ?> properties) {
        Map<String, String> overrides = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, String> details = new HashMap<>();
        Set<String> slugs = StatusCatalog.slugs();
        for (Map.Entry<String, ?> property : properties.entrySet()) {
            String key = property.getKey();
            if (key == null || !key.startsWith(PREFIX) || KNOWN.contains(key)) {
                continue;
            }
            String prefix = key.startsWith(TYPE_PREFIX) ? TYPE_PREFIX : key.startsWith(TITLE_PREFIX) ? TITLE_PREFIX
                    : key.startsWith(DETAIL_PREFIX) ? DETAIL_PREFIX : null;
            if (prefix == null) {
                throw invalid(key, property.getValue(), "it is not a known problem-jaxrs property; known: "
                        + new TreeSet<>(KNOWN) + ", " + TYPE_PREFIX + "<slug>, " + TITLE_PREFIX + "<slug> and "
                        + DETAIL_PREFIX + "<slug>");
            }
            String slug = key.substring(prefix.length());
            if (!slugs.contains(slug)) {
                throw invalid(key, property.getValue(), "'" + slug + "' is not a slug of the built-in catalog; known: "
                        + new TreeSet<>(slugs));
            }
            if (prefix.equals(TYPE_PREFIX)) {
                overrides.put(slug, uriReference(key, property.getValue()));
            } else {
                (prefix.equals(TITLE_PREFIX) ? titles : details).put(slug, text(key, property.getValue()));
            }
        }
        this.titles = Map.copyOf(titles);
        this.details = Map.copyOf(details);
        Map<String, String> types = new HashMap<>();
        String base = properties.containsKey(TYPE_BASE) ? uriReference(TYPE_BASE, properties.get(TYPE_BASE))
                : DEFAULT_TYPE_BASE;
        if (base.contains("#")) {
            throw invalid(TYPE_BASE, base, "the base must not contain a fragment; '#<slug>' is appended to it");
        }
        for (String slug : StatusCatalog.slugs()) {
            types.put(slug, overrides.getOrDefault(slug, base + "#" + slug));
        }
        this.types = Map.copyOf(types);
        this.requestIdHeader = headerName(properties, TRACE_REQUEST_HEADER, "X-Request-Id");
        this.traceResponseHeader = headerName(properties, TRACE_RESPONSE_HEADER, "X-Trace-Id");
        this.mdcKey = mdcKey(properties);
        this.maxInvalidParameters = intValue(properties, MAX_INVALID_PARAMETERS, 100, 1, MAX_INVALID_PARAMETERS_LIMIT);
        this.forbiddenAsNotFound = booleanValue(properties, FORBIDDEN_AS_NOT_FOUND, false);
        this.rejectAmbiguousPaths = booleanValue(properties, REJECT_AMBIGUOUS_PATHS, true);
        this.logBurstLimit = intValue(properties, LOG_BURST_LIMIT, 100, 1, MAX_LOG_BURST_LIMIT);
        this.propagateTrace = booleanValue(properties, TRACE_PROPAGATE, true);
        booleanValue(properties, AUTO_DISCOVERY, true);
    }

    /**
     * Reads and validates the properties.
     *
     * @throws IllegalArgumentException naming the property and its value if one is invalid
     */
    static Settings from(Map<String, ?> properties) {
        return new Settings(properties);
    }

    /** The type of a catalog slug: its override, or the base plus {@code #slug}; computed at startup. */
    String typeOf(String slug) {
        return types.get(slug);
    }

    /** The title of a catalog slug: the application's rewording, else {@code standard}. */
    String titleOf(String slug, String standard) {
        return titles.getOrDefault(slug, standard);
    }

    /** The application's rewording of a catalog slug's detail, or null to keep the catalog's. */
    String detailOf(String slug) {
        return details.get(slug);
    }

    /** The MDC key of the trace id, or null if it is put in no MDC. */
    String mdcKey() {
        return mdcKey;
    }

    /** The request header carrying a client's request id, or null if none is read. */
    String requestIdHeader() {
        return requestIdHeader;
    }

    /** The response header that echoes the trace id, or null if switched off. */
    String traceResponseHeader() {
        return traceResponseHeader;
    }

    int maxInvalidParameters() {
        return maxInvalidParameters;
    }

    boolean forbiddenAsNotFound() {
        return forbiddenAsNotFound;
    }

    boolean rejectAmbiguousPaths() {
        return rejectAmbiguousPaths;
    }

    /** How many lines one server failure may log per second before further ones are only counted. */
    int logBurstLimit() {
        return logBurstLimit;
    }

    /** Whether a client's requests made while serving a request carry its trace id as {@code traceparent}. */
    boolean propagateTrace() {
        return propagateTrace;
    }

    /** Every key the library reads, the per-slug ones included. */
    static Set<String> knownKeys() {
        Set<String> keys = new HashSet<>(KNOWN);
        for (String slug : StatusCatalog.slugs()) {
            keys.add(TYPE_PREFIX + slug);
            keys.add(TITLE_PREFIX + slug);
            keys.add(DETAIL_PREFIX + slug);
        }
        return keys;
    }

    /** Whether Jersey auto-discovery may register the feature; read before any Settings exist. */
    static boolean autoDiscovery(Map<String, ?> properties) {
        return booleanValue(properties, AUTO_DISCOVERY, true);
    }

    private static String uriReference(String key, Object value) {
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

    private static String text(String key, Object value) {
        String text = value == null ? "" : value.toString().trim();
        if (text.isEmpty()) {
            throw invalid(key, value, "a non-blank text is required");
        }
        return text;
    }

    private static String mdcKey(Map<String, ?> properties) {
        Object value = properties.get(MDC_KEY);
        if (value == null) {
            return "traceId";
        }
        String key = value.toString().trim();
        if (key.equalsIgnoreCase(NONE)) {
            return null;
        }
        if (key.isEmpty() || key.length() > 64 || !key.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw invalid(MDC_KEY, value, "a key of up to 64 visible ASCII characters is required (use '" + NONE
                    + "' to switch it off)");
        }
        return key;
    }

    private static String headerName(Map<String, ?> properties, String key, String fallback) {
        Object value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        String name = value.toString().trim();
        if (name.equalsIgnoreCase(NONE)) {
            return null;
        }
        if (!HeaderSyntax.isToken(name)) {
            throw invalid(key, value, "it is not an HTTP header name (use '" + NONE + "' to switch it off)");
        }
        if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || name.regionMatches(true, 0, "content-", 0, 8)) {
            throw invalid(key, value, "it is a header HTTP itself gives a meaning to; choose a name of your own");
        }
        return name;
    }

    private static int intValue(Map<String, ?> properties, String key, int fallback, int min, int max) {
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

    private static boolean booleanValue(Map<String, ?> properties, String key, boolean fallback) {
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

    private static IllegalArgumentException invalid(String key, Object value, String why) {
        return new IllegalArgumentException("Invalid problem-jaxrs configuration: " + key + "='" + value + "': " + why);
    }
}
