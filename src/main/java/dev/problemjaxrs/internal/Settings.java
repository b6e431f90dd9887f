package dev.problemjaxrs.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The library's configuration, read once from the application's properties and immutable afterwards.
 * Every key lives under {@code problemjaxrs.}; an unknown key or a bad value fails at startup with a
 * message that names both.
 */
public final class Settings {

    public static final String PREFIX = "problemjaxrs.";
    public static final String TYPE_BASE = PREFIX + "type.base";
    public static final String TYPE_PREFIX = PREFIX + "type.";
    public static final String TRACE_REQUEST_HEADER = PREFIX + "trace.request-header";
    public static final String TRACE_RESPONSE_HEADER = PREFIX + "trace.response-header";
    public static final String MAX_INVALID_PARAMETERS = PREFIX + "invalid-parameters.max";
    public static final String FORBIDDEN_AS_NOT_FOUND = PREFIX + "forbidden-as-not-found";
    public static final String REJECT_AMBIGUOUS_PATHS = PREFIX + "reject-ambiguous-paths";
    public static final String AUTO_DISCOVERY = PREFIX + "auto-discovery";
    public static final String LOG_BURST_LIMIT = PREFIX + "log.burst-limit";

    public static final String DEFAULT_TYPE_BASE = "https://problemjaxrs.dev/errors";
    /** The value that switches a header off. */
    public static final String NONE = "none";

    private static final Set<String> KNOWN = Set.of(TYPE_BASE, TRACE_REQUEST_HEADER, TRACE_RESPONSE_HEADER,
            MAX_INVALID_PARAMETERS, FORBIDDEN_AS_NOT_FOUND, REJECT_AMBIGUOUS_PATHS, AUTO_DISCOVERY, LOG_BURST_LIMIT);
    private static final int MAX_INVALID_PARAMETERS_LIMIT = 10_000;
    private static final int MAX_LOG_BURST_LIMIT = 1_000_000;

    private final String typeBase;
    private final Map<String, String> typeOverrides;
    /** The type of every catalog slug, computed once. */
    private final Map<String, String> types;
    private final String requestIdHeader;
    private final String traceResponseHeader;
    private final int maxInvalidParameters;
    private final boolean forbiddenAsNotFound;
    private final boolean rejectAmbiguousPaths;
    private final int logBurstLimit;

    private Settings(Map<String, ?> properties) {
        Map<String, String> overrides = new HashMap<>();
        for (Map.Entry<String, ?> property : properties.entrySet()) {
            String key = property.getKey();
            if (key == null || !key.startsWith(PREFIX) || KNOWN.contains(key)) {
                continue;
            }
            String slug = key.startsWith(TYPE_PREFIX) ? key.substring(TYPE_PREFIX.length()) : "";
            if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw invalid(key, property.getValue(), "it is not a known problem-jaxrs property; known: "
                        + new java.util.TreeSet<>(KNOWN) + " and " + TYPE_PREFIX + "<slug>");
            }
            overrides.put(slug, uriReference(key, property.getValue()));
        }
        this.typeOverrides = Map.copyOf(overrides);
        Map<String, String> types = new HashMap<>();
        String base = properties.containsKey(TYPE_BASE) ? uriReference(TYPE_BASE, properties.get(TYPE_BASE))
                : DEFAULT_TYPE_BASE;
        if (base.contains("#")) {
            throw invalid(TYPE_BASE, base, "the base must not contain a fragment; '#<slug>' is appended to it");
        }
        this.typeBase = base;
        for (String slug : StatusCatalog.slugs()) {
            types.put(slug, overrides.getOrDefault(slug, base + "#" + slug));
        }
        this.types = Map.copyOf(types);
        this.requestIdHeader = headerName(properties, TRACE_REQUEST_HEADER, "X-Request-Id");
        this.traceResponseHeader = headerName(properties, TRACE_RESPONSE_HEADER, "X-Trace-Id");
        this.maxInvalidParameters = intValue(properties, MAX_INVALID_PARAMETERS, 100, 1, MAX_INVALID_PARAMETERS_LIMIT);
        this.forbiddenAsNotFound = booleanValue(properties, FORBIDDEN_AS_NOT_FOUND, false);
        this.rejectAmbiguousPaths = booleanValue(properties, REJECT_AMBIGUOUS_PATHS, true);
        this.logBurstLimit = intValue(properties, LOG_BURST_LIMIT, 100, 1, MAX_LOG_BURST_LIMIT);
        booleanValue(properties, AUTO_DISCOVERY, true);
    }

    /**
     * Reads and validates the properties.
     *
     * @throws IllegalArgumentException naming the property and its value if one is invalid
     */
    public static Settings from(Map<String, ?> properties) {
        return new Settings(properties);
    }

    /** The type of a slug: a per-slug override, or the base plus {@code #slug}. */
    public String typeOf(String slug) {
        String type = types.get(slug);
        if (type != null) {
            return type;
        }
        String override = typeOverrides.get(slug);
        return override != null ? override : typeBase + "#" + slug;
    }

    /** The request header carrying a client's request id, or null if none is read. */
    public String requestIdHeader() {
        return requestIdHeader;
    }

    /** The response header that echoes the trace id, or null if switched off. */
    public String traceResponseHeader() {
        return traceResponseHeader;
    }

    public int maxInvalidParameters() {
        return maxInvalidParameters;
    }

    public boolean forbiddenAsNotFound() {
        return forbiddenAsNotFound;
    }

    public boolean rejectAmbiguousPaths() {
        return rejectAmbiguousPaths;
    }

    /** How many lines one server failure may log per second before further ones are only counted. */
    public int logBurstLimit() {
        return logBurstLimit;
    }

    /** Whether Jersey auto-discovery may register the feature; read before any Settings exist. */
    public static boolean autoDiscovery(Map<String, ?> properties) {
        return booleanValue(properties, AUTO_DISCOVERY, true);
    }

    private static String uriReference(String key, Object value) {
        String text = value == null ? "" : value.toString().trim();
        if (text.isEmpty()) {
            throw invalid(key, value, "a URI reference is required");
        }
        try {
            new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(key, value, "it is not a URI reference (" + e.getReason() + ")");
        }
        return text;
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
        if (!name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
            throw invalid(key, value, "it is not an HTTP header name (use '" + NONE + "' to switch it off)");
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
