package dev.problemjaxrs.internal;

import dev.problemjaxrs.InvalidParameter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides how a problem becomes a response: status, headers and body. Mappers call
 * {@link #response} to hand over a {@link PendingProblem}; the response filter calls {@link #complete}
 * for every error response, which fills in what only the request knows.
 */
public final class ProblemRenderer {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    /** Request property holding the request's trace id. */
    public static final String TRACE_ID_PROPERTY = dev.problemjaxrs.ProblemFeature.TRACE_ID_PROPERTY;

    /** Headers that describe an upstream body or session; never carried from an exception's response. */
    private static final Set<String> NOT_CARRIED = Set.of("content-type", "content-length", "content-encoding",
            "content-language", "content-range", "content-location", "content-disposition", "content-md5",
            "etag", "last-modified", "expires", "set-cookie", "set-cookie2", "transfer-encoding");
    /** Headers that described a body the problem replaces. */
    private static final Set<String> BODY_HEADERS = Set.of("content-length", "content-encoding", "content-range",
            "content-location", "content-disposition", "content-md5", "etag", "last-modified");
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];
    private static final String FALLBACK_TYPE_SLUG = "internal-error";

    private final Settings settings;
    private final ResourceModel resources;
    private final TraceSource traceSource;
    private final ErrorLog errorLog;

    public ProblemRenderer(Settings settings, ResourceModel resources, TraceSource traceSource) {
        this.settings = settings;
        this.resources = resources;
        this.traceSource = traceSource;
        this.errorLog = new ErrorLog(settings.logBurstLimit());
    }

    /**
     * The response an exception mapper returns. It carries the exception's protocol headers
     * ({@code Allow}, {@code WWW-Authenticate}, {@code Retry-After}, ...) but none that described another
     * body, and it always names its media type: a mapper's response is written with that type whatever
     * the request's {@code Accept}.
     */
    public static Response response(PendingProblem pending, MultivaluedMap<String, Object> carried) {
        Response.ResponseBuilder builder = Response.status(pending.status()).entity(pending).type(PROBLEM_JSON);
        if (carried != null) {
            for (Map.Entry<String, List<Object>> header : carried.entrySet()) {
                if (header.getKey() != null && !NOT_CARRIED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    for (Object value : header.getValue()) {
                        if (value != null) {
                            builder.header(header.getKey(), value);
                        }
                    }
                }
            }
        }
        return builder.build();
    }

    /** A response for a pending problem raised outside any mapper, such as a request filter's abort. */
    public static Response response(PendingProblem pending) {
        return response(pending, null);
    }

    /**
     * Completes an error response: a pending problem from a mapper, or an error without body (a resource's
     * {@code Response.status(409).build()}, a filter's {@code abortWith}). Any other entity is left alone.
     */
    public void complete(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        PendingProblem pending;
        if (entity instanceof PendingProblem given) {
            pending = given;
        } else if (entity == null) {
            pending = PendingProblem.of(response.getStatus(), null);
            response.getHeaders().keySet().removeIf(name -> BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT)));
        } else {
            return;
        }
        String traceId = traceId(request);
        try {
            render(request, response, adjust(pending, request, response), traceId);
        } catch (RuntimeException e) {
            // whatever broke (a header value, another provider's state), the client gets a valid problem
            errorLog.serverError(traceId, request.getMethod(), path(request), 500, e);
            response.setStatus(500);
            response.getHeaders().clear();
            standardHeaders(response.getHeaders(), 500, traceId);
            response.setEntity(fallback(traceId), NO_ANNOTATIONS, PROBLEM_JSON);
        }
    }

    /** The request's trace id, resolved once and kept as a request property. */
    String traceId(ContainerRequestContext request) {
        if (request.getProperty(TRACE_ID_PROPERTY) instanceof String id && TraceIds.isValid(id)) {
            return id;
        }
        String id = traceSource.traceId(request.getHeaders(), settings.requestIdHeader());
        request.setProperty(TRACE_ID_PROPERTY, id);
        return id;
    }

    /** A minimal valid document, for when rendering itself failed. */
    ProblemDocument fallback(String traceId) {
        StatusCatalog.Entry entry = StatusCatalog.of(500);
        return new ProblemDocument(settings.typeOf(FALLBACK_TYPE_SLUG), entry.title(), entry.detail(), List.of(),
                TraceIds.isValid(traceId) ? traceId : TraceIds.generate());
    }

    /** Completes a pending problem that reached the writer without passing the response filter. */
    ProblemDocument document(PendingProblem pending) {
        return new ProblemDocument(type(pending), pending.title(), pending.detail(), limited(pending.parameters()),
                TraceIds.generate());
    }

    /** The application's own type, or the type of the catalog slug. */
    private String type(PendingProblem pending) {
        return pending.problem() != null && pending.problem().type().isPresent()
                ? pending.problem().type().get().toString() : settings.typeOf(pending.slug());
    }

    private PendingProblem adjust(PendingProblem pending, ContainerRequestContext request,
                                  ContainerResponseContext response) {
        int status = response.getStatus();
        if (status == 403 && pending.catalogDefault() && settings.forbiddenAsNotFound()) {
            response.setStatus(404);
            return PendingProblem.of(404, pending.cause());
        }
        if (status != pending.status()) {
            // a later filter changed the status: the document must describe what is sent
            return pending.withStatus(status);
        }
        if (pending.unconverted() != null) {
            return pending.withParameters(List.of(new InvalidParameter(pending.unconverted().name(),
                    Reasons.mustBe(resources.parameterType(request, pending.unconverted().source(),
                            pending.unconverted().name())))));
        }
        return pending;
    }

    private void render(ContainerRequestContext request, ContainerResponseContext response, PendingProblem pending,
                        String traceId) {
        int status = pending.status();
        MultivaluedMap<String, Object> headers = response.getHeaders();
        String detail = pending.detail();
        if (pending.catalogDefault()) {
            detail = switch (status) {
                case 405 -> methodDetail(request.getMethod());
                case 406 -> mediaTypeDetail("Accept", resources.produces(request), detail);
                case 415 -> {
                    List<String> consumed = resources.consumes(request);
                    if (!consumed.isEmpty()) {
                        headers.putSingle("Accept", String.join(", ", consumed));
                    }
                    yield mediaTypeDetail("Content-Type", consumed, detail);
                }
                case 429 -> retryDetail(headers.getFirst("Retry-After"), detail);
                default -> detail;
            };
            if (status == 405 && !containsIgnoreCase(headers, "Allow")) {
                List<String> allowed = resources.allowedMethods(request);
                if (!allowed.isEmpty()) {
                    headers.putSingle("Allow", String.join(", ", allowed));
                }
            }
        }
        List<InvalidParameter> parameters = limited(pending.parameters());
        int dropped = pending.parameters().size() - parameters.size();
        if (dropped > 0) {
            detail = (detail == null ? "" : detail + " ") + "(" + dropped + " more invalid parameters not listed)";
        }
        ProblemDocument document = new ProblemDocument(type(pending), pending.title(), detail, parameters, traceId);

        normaliseRetryAfter(headers);
        standardHeaders(headers, status, traceId);
        response.setEntity(document, NO_ANNOTATIONS, PROBLEM_JSON);

        if (status >= 500) {
            if (!loggedWhileWriting(request, pending.cause())) {
                errorLog.serverError(traceId, request.getMethod(), path(request), status, pending.cause());
            }
        } else {
            errorLog.clientError(traceId, request.getMethod(), path(request), status, pending.cause());
        }
    }

    private static boolean loggedWhileWriting(ContainerRequestContext request, Throwable cause) {
        Object logged = request.getProperty(WriteFailureLog.LOGGED_PROPERTY);
        for (Throwable t = cause; logged != null && t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t == logged) {
                return true;
            }
        }
        return false;
    }

    /** The log shared by everything that renders for this application. */
    ErrorLog errorLog() {
        return errorLog;
    }

    /** What every problem response carries, whatever else happened. */
    private void standardHeaders(MultivaluedMap<String, Object> headers, int status, String traceId) {
        headers.putSingle("Content-Language", "en");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        if (status == 429 || status >= 500) {
            headers.putSingle("Cache-Control", "no-store");
        }
        if (settings.traceResponseHeader() != null) {
            headers.putSingle(settings.traceResponseHeader(), traceId);
        }
    }

    private List<InvalidParameter> limited(List<InvalidParameter> parameters) {
        return parameters.size() <= settings.maxInvalidParameters() ? parameters
                : parameters.subList(0, settings.maxInvalidParameters());
    }

    static String methodDetail(String method) {
        // the method is the client's text: quote it only when it is a short token without the quote
        if (method != null && method.length() <= 32 && HeaderSyntax.isToken(method) && method.indexOf('\'') < 0) {
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
        Instant at = retryAfter == null ? null : HttpDates.retryAt(headerText(retryAfter), Instant.now());
        return at == null ? fallback : fallback + " You can try again at " + HttpDates.formatRetryAt(at);
    }

    /** Dates given as objects are written as IMF-fixdate, whatever the runtime's header delegate does. */
    private static void normaliseRetryAfter(MultivaluedMap<String, Object> headers) {
        for (Map.Entry<String, List<Object>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase("Retry-After") && header.getValue().size() == 1
                    && !(header.getValue().get(0) instanceof String || header.getValue().get(0) instanceof Number)) {
                header.setValue(List.of(headerText(header.getValue().get(0))));
            }
        }
    }

    private static String headerText(Object value) {
        if (value instanceof Date date) {
            return HttpDates.format(date.toInstant());
        }
        if (value instanceof TemporalAccessor temporal) {
            return HttpDates.format(Instant.from(temporal));
        }
        return value.toString();
    }

    private static boolean containsIgnoreCase(MultivaluedMap<String, Object> headers, String name) {
        for (String key : headers.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static String path(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }
}
