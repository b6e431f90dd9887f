package dev.problemjaxrs.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which headers a problem response carries: what is kept from an exception's response, what is dropped
 * because it described another body or a session, and what is added (the standard headers, the trace
 * header, {@code Allow} on a 405 and {@code Accept} on a 415 where the resource model knows them).
 */
final class HeaderPolicy {

    /**
     * What an exception's response may pass on: the protocol headers RFC 9110 (and RFC 6585, the rate-limit
     * fields) give an error response, nothing else. {@code Allow} (405), {@code WWW-Authenticate} and
     * {@code Proxy-Authenticate} (401, 407), {@code Retry-After} (429, 503), {@code Location},
     * {@code Accept}/{@code Accept-Patch}/{@code Accept-Post} (415), {@code Link}, and the rate-limit
     * fields. Never a body's headers, cookies, or a server's own ({@code Server}, {@code Via},
     * {@code Connection}).
     */
    private static final Set<String> CARRIED = Set.of("allow", "www-authenticate", "proxy-authenticate",
            "retry-after", "location", "accept", "accept-patch", "accept-post", "link", "ratelimit",
            "ratelimit-policy");
    private static final String RATE_LIMIT_PREFIX = "x-ratelimit-";
    /** Headers an application's own problem (a {@code ProblemSource}) may never set. */
    private static final Set<String> NEVER_CHOSEN = Set.of("set-cookie", "set-cookie2", "transfer-encoding",
            "connection", "expires", "etag", "last-modified");
    /**
     * Headers about time: {@code Retry-After} is normalised, {@code Expires} and {@code Pragma} removed. Found
     * by their names: Jersey takes a walk over its entries as a change to every header, and then parses the
     * Content-Type again before writing.
     */
    private static final Predicate<String> DATED = name -> name.equalsIgnoreCase("Retry-After")
            || name.equalsIgnoreCase("Expires") || name.equalsIgnoreCase("Pragma");
    /** Headers that described a body the problem replaces. */
    private static final Set<String> BODY_HEADERS = Set.of("content-length", "content-encoding", "content-range",
            "content-location", "content-disposition", "content-md5", "etag", "last-modified");

    private final String traceHeader;
    private final ResourceModel resources;

    /** @param traceHeader the response header echoing the trace id, or null for none */
    HeaderPolicy(String traceHeader, ResourceModel resources) {
        this.traceHeader = traceHeader;
        this.resources = resources;
    }

    /**
     * Copies headers onto a mapper's response: from an exception's response only the protocol headers
     * ({@link #CARRIED}); from the application's own problem what it chose, less body headers and cookies.
     */
    static void carry(MultivaluedMap<String, Object> carried, boolean chosenByApplication,
                      Response.ResponseBuilder builder) {
        if (carried == null) {
            return;
        }
        for (Map.Entry<String, List<Object>> header : carried.entrySet()) {
            if (header.getKey() != null && (chosenByApplication ? isChoosable(header.getKey())
                    : isCarried(header.getKey()))) {
                for (Object value : header.getValue()) {
                    if (value != null) {
                        // text kept as text (Jersey's Allow is a StringBuilder): the runtime would look for a
                        // header delegate for it on every write, and find none
                        builder.header(header.getKey(), value instanceof CharSequence text ? text.toString() : value);
                    }
                }
            }
        }
    }

    private static boolean isCarried(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return CARRIED.contains(lower) || lower.startsWith(RATE_LIMIT_PREFIX);
    }

    private static boolean isChoosable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith("content-") && !NEVER_CHOSEN.contains(lower);
    }

    /** A bodiless error the application built keeps its headers, except those of the body it lacks. */
    static void dropBodyHeaders(MultivaluedMap<String, Object> headers) {
        remove(headers, name -> BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * {@code Allow} on a 405 and {@code Accept} on a 415, when the runtime did not set them or set a wrong
     * {@code Allow}.
     */
    void addProtocolHeaders(int status, ContainerRequestContext request, MultivaluedMap<String, Object> headers) {
        if (resources.replacesRuntimeAllow(request)) {
            remove(headers, "Allow"::equalsIgnoreCase);
        }
        if (status == 405 && !contains(headers, "Allow")) {
            List<String> allowed = resources.allowedMethods(request);
            if (!allowed.isEmpty()) {
                headers.putSingle("Allow", String.join(", ", allowed));
            }
        } else if (status == 415 && !contains(headers, "Accept")) {
            List<String> consumed = resources.consumes(request);
            if (!consumed.isEmpty()) {
                headers.putSingle("Accept", String.join(", ", consumed));
            }
        }
    }

    /** What every problem response carries, whatever else happened. */
    void addStandardHeaders(MultivaluedMap<String, Object> headers, int status, String traceId) {
        for (String name : names(headers, DATED)) {
            if (name.equalsIgnoreCase("Retry-After")) {
                normaliseRetryAfter(headers, name);
            } else {
                headers.remove(name);
            }
        }
        set(headers, "Content-Language", "en");
        set(headers, "X-Content-Type-Options", "nosniff");
        // the instance is this request's trace id, which a shared cache would hand to every later client
        // (and which a client can choose with traceparent): no problem is ever stored, and no Expires or
        // Pragma says otherwise
        set(headers, "Cache-Control", "no-store");
        if (traceHeader != null) {
            set(headers, traceHeader, traceId);
        }
    }

    /**
     * One value for the header, set with one {@code put}: Jersey hashes a name case-insensitively on every
     * access, and {@code putSingle} looks the name up before it puts.
     */
    private static void set(MultivaluedMap<String, Object> headers, String name, Object value) {
        List<Object> values = new ArrayList<>(1);
        values.add(value);
        headers.put(name, values);
    }

    /** Dates given as objects are written as IMF-fixdate, whatever the runtime's header delegate does. */
    private static void normaliseRetryAfter(MultivaluedMap<String, Object> headers, String name) {
        List<Object> values = headers.get(name);
        if (values != null && values.size() == 1
                && !(values.get(0) instanceof String || values.get(0) instanceof Number)) {
            set(headers, name, HttpDates.headerText(values.get(0)));
        }
    }

    /**
     * Removes the headers whose name matches, by name: CXF's case-insensitive header map answers
     * {@code keySet()} with a copy, so removing through the key set would leave the headers in place.
     */
    private static void remove(MultivaluedMap<String, Object> headers, Predicate<String> name) {
        names(headers, name).forEach(headers::remove);
    }

    /** The names present that match, collected first: the caller may change the map. */
    private static List<String> names(MultivaluedMap<String, Object> headers, Predicate<String> name) {
        List<String> matching = List.of();
        for (String key : headers.keySet()) {
            if (key != null && name.test(key)) {
                matching = matching.isEmpty() ? new ArrayList<>() : matching;
                matching.add(key);
            }
        }
        return matching;
    }

    private static boolean contains(MultivaluedMap<String, Object> headers, String name) {
        for (String key : headers.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
