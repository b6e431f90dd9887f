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
                        builder.header(header.getKey(), value);
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
        normaliseRetryAfter(headers);
        headers.putSingle("Content-Language", "en");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        // the instance is this request's trace id, which a shared cache would hand to every later client
        // (and which a client can choose with traceparent): no problem is ever stored
        headers.putSingle("Cache-Control", "no-store");
        remove(headers, name -> name.equalsIgnoreCase("Expires") || name.equalsIgnoreCase("Pragma"));
        if (traceHeader != null) {
            headers.putSingle(traceHeader, traceId);
        }
    }

    /** Dates given as objects are written as IMF-fixdate, whatever the runtime's header delegate does. */
    private static void normaliseRetryAfter(MultivaluedMap<String, Object> headers) {
        for (Map.Entry<String, List<Object>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase("Retry-After") && header.getValue().size() == 1
                    && !(header.getValue().get(0) instanceof String || header.getValue().get(0) instanceof Number)) {
                header.setValue(List.of(HttpDates.headerText(header.getValue().get(0))));
            }
        }
    }

    /**
     * Removes the headers whose name matches, by name: CXF's case-insensitive header map answers
     * {@code keySet()} with a copy, so removing through the key set would leave the headers in place.
     */
    private static void remove(MultivaluedMap<String, Object> headers, Predicate<String> name) {
        List<String> matching = null;
        for (String key : headers.keySet()) {
            if (key != null && name.test(key)) {
                matching = matching == null ? new ArrayList<>() : matching;
                matching.add(key);
            }
        }
        if (matching != null) {
            matching.forEach(headers::remove);
        }
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
