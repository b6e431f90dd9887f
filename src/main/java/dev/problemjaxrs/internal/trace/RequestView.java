package dev.problemjaxrs.internal.trace;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.List;
import java.util.Objects;

/**
 * How the steps that every request takes read it: the path as sent, a header's values, and whether a
 * resource's plain return value is the response. The standard
 * accessors give the same facts on every runtime but not at the same price: Quarkus REST parses a
 * {@code java.net.URI} for {@code getRequestUri()} and copies every header into a map on the first
 * {@code getHeaders()}, a few microseconds a request. A runtime with a cheaper way to the same facts
 * supplies its own view; the error path keeps the standard accessors.
 */
public interface RequestView {

    /**
     * The path of the request target as sent: not decoded, not normalised; or its part after the
     * application's base, where the container matched that part already. Null if unknown.
     */
    String rawPath(ContainerRequestContext request);

    /** The values of one header in the order received, none of them null; null or empty when it was not sent. */
    List<String> headers(ContainerRequestContext request, String name);

    /** Stands for "the runtime cannot tell without building the response". */
    Object UNKNOWN = new Object();

    /**
     * The entity a resource method returned, where the runtime has not built a response around it yet and
     * nothing chose a status: the response is then a 200 with it, or a 204 for null. {@link #UNKNOWN}
     * otherwise, and on a runtime that has no cheaper way than building the response (Quarkus REST builds it,
     * headers and all, for the first {@code getStatus()}, and then has more to write).
     */
    default Object plainEntity(ContainerRequestContext request) {
        return UNKNOWN;
    }

    /**
     * Whether an error response's entity is the runtime's own words for a refusal of its security layer,
     * made where nothing else could answer (Quarkus: "Not Authenticated" for an anonymous caller of a
     * {@code @RolesAllowed} method when no authentication mechanism offers a challenge). The problem
     * replaces such a body; an application's own entity is never one.
     */
    default boolean isRuntimesSecurityText(ContainerRequestContext request, ContainerResponseContext response) {
        return false;
    }

    /** Through the Jakarta REST accessors. */
    RequestView STANDARD = new RequestView() {
        @Override
        public String rawPath(ContainerRequestContext request) {
            return request.getUriInfo().getRequestUri().getRawPath();
        }

        @Override
        public List<String> headers(ContainerRequestContext request, String name) {
            // the values one by one: getHeaderString would join them into a new string
            List<String> values = request.getHeaders().get(name);
            if (values != null) {
                for (String value : values) {
                    if (value == null) {
                        // CXF reports a header the request lacks (Content-Type) as an entry whose only value is null
                        return values.stream().filter(Objects::nonNull).toList();
                    }
                }
            }
            return values;
        }
    };
}
