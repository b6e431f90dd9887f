package dev.problemjaxrs.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.List;

/**
 * The details that are worded from the request, in the standard's words: the method a 405 refused,
 * the media types a 406 or 415 would have accepted, the time a 429 may retry at (UTC). Only for the
 * catalog's own problems; an application's problem keeps its detail.
 */
final class DetailWording {

    private static final int MAX_QUOTED_METHOD = 32;

    private final ResourceModel resources;

    DetailWording(ResourceModel resources) {
        this.resources = resources;
    }

    /** The detail for a catalog problem answered with {@code status}; {@code fallback} where nothing applies. */
    String detail(int status, String fallback, ContainerRequestContext request, MultivaluedMap<String, Object> headers) {
        return switch (status) {
            case 405 -> methodDetail(request.getMethod());
            case 406 -> mediaTypeDetail("Accept", resources.produces(request), fallback);
            case 415 -> mediaTypeDetail("Content-Type", resources.consumes(request), fallback);
            case 429 -> retryDetail(headers.getFirst("Retry-After"), fallback);
            default -> fallback;
        };
    }

    static String methodDetail(String method) {
        // the method is the client's text: quote it only when it is a short token without the quote
        if (method != null && method.length() <= MAX_QUOTED_METHOD && HeaderSyntax.isToken(method)
                && method.indexOf('\'') < 0) {
            return "Request method '" + method + "' not supported";
        }
        return "Request method not supported";
    }

    private static String mediaTypeDetail(String header, List<String> supported, String fallback) {
        if (supported.isEmpty()) {
            return fallback;
        }
        StringBuilder detail = new StringBuilder("Invalid ").append(header)
                .append(" header provided. Must be one of the following: ");
        for (int i = 0; i < supported.size(); i++) {
            detail.append(i == 0 ? "'" : ", '").append(supported.get(i)).append('\'');
        }
        return detail.toString();
    }

    private static String retryDetail(Object retryAfter, String fallback) {
        Instant at = retryAfter == null ? null : HttpDates.retryAt(HttpDates.headerText(retryAfter), Instant.now());
        return at == null ? fallback : fallback + " You can try again at " + HttpDates.formatRetryAt(at);
    }
}
