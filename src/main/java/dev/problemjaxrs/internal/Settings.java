package dev.problemjaxrs.internal;

import static dev.problemjaxrs.internal.SettingValues.booleanValue;
import static dev.problemjaxrs.internal.SettingValues.headerName;
import static dev.problemjaxrs.internal.SettingValues.intValue;
import static dev.problemjaxrs.internal.SettingValues.invalid;
import static dev.problemjaxrs.internal.SettingValues.mdcKeyValue;
import static dev.problemjaxrs.internal.SettingValues.text;
import static dev.problemjaxrs.internal.SettingValues.uriReference;

import java.util.HashMap;
import java.util.HashSet;
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
        this.mdcKey = mdcKeyValue(properties);
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
}
