package dev.problemjaxrs.internal;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.Problem;
import dev.problemjaxrs.internal.trace.TraceIds;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.List;

/**
 * The one place that decides how a problem becomes a response: status, headers and body. Mappers hand
 * over a {@link PendingProblem} through {@link #mapperResponse}; the response filter calls
 * {@link #complete} for every error response, which fills in what only the request knows. Header
 * choices are {@link HeaderPolicy}'s, request-specific details {@link DetailWording}'s.
 */
final class ProblemRenderer {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    private final Settings settings;
    private final ResourceModel resources;
    private final HeaderPolicy headerPolicy;
    private final DetailWording wording;
    private final ProblemJudge judge;

    ProblemRenderer(Settings settings, ResourceModel resources) {
        this.settings = settings;
        this.resources = resources;
        this.headerPolicy = new HeaderPolicy(settings.traceResponseHeader(), resources);
        this.wording = new DetailWording(resources);
        this.judge = new ProblemJudge(settings, resources);
    }

    /**
     * The response an exception mapper or a request filter's abort returns. It always names its media
     * type: a mapper's response is written with that type whatever the request's {@code Accept}.
     *
     * @param carried the exception's headers, or null; the header policy picks what is kept
     */
    Response mapperResponse(PendingProblem pending, MultivaluedMap<String, Object> carried) {
        Response.ResponseBuilder builder = Response.status(pending.status()).entity(pending).type(PROBLEM_JSON);
        HeaderPolicy.carry(carried, pending.problem() != null, builder);
        return builder.build();
    }

    /**
     * Completes an error response: a pending problem from a mapper, or an error without body (a resource's
     * {@code Response.status(409).build()}, a filter's {@code abortWith}). Any other entity is left alone.
     *
     * @return the problem that was rendered, or null if the response carries an entity of its own
     */
    PendingProblem complete(ContainerRequestContext request, ContainerResponseContext response, String traceId) {
        Object entity = response.getEntity();
        PendingProblem pending;
        if (entity instanceof PendingProblem given) {
            pending = given;
        } else if (entity instanceof Problem problem) {
            // a resource's, an application mapper's or a filter's own problem, returned rather than thrown
            pending = PendingProblem.custom(response.getStatus(), problem, null);
            HeaderPolicy.dropBodyHeaders(response.getHeaders());
            if (pending.status() != response.getStatus()) {
                response.setStatus(pending.status());
                response.getHeaders().clear();
            }
        } else if (entity == null) {
            pending = PendingProblem.of(response.getStatus(), null);
            HeaderPolicy.dropBodyHeaders(response.getHeaders());
        } else if (DownstreamResponses.isDownstream(resources.unmappedException(request))) {
            // another service's error response that escaped a resource, sent without any mapper (Jersey)
            pending = PendingProblem.serverError(resources.unmappedException(request));
            response.setStatus(500);
            response.getHeaders().clear();
        } else {
            return null;
        }
        pending = judge.judge(pending, request, response);
        render(request, response, pending, traceId);
        return pending;
    }

    /**
     * Makes the response {@code pending}'s, whatever it was, before {@link #complete} renders it: a refusal
     * found only when the error is answered.
     */
    void replace(ContainerResponseContext response, PendingProblem pending) {
        response.setStatus(pending.status());
        response.getHeaders().clear();
        response.setEntity(pending, NO_ANNOTATIONS, PROBLEM_JSON);
    }

    /** A minimal valid 500 document with the standard headers, for when rendering itself failed. */
    void fallback(ContainerResponseContext response, String traceId) {
        String id = TraceIds.isValid(traceId) ? traceId : TraceIds.generate();
        StatusCatalog.Entry entry = StatusCatalog.of(500);
        String detail = settings.detailOf(entry.slug());
        response.setStatus(500);
        response.getHeaders().clear();
        headerPolicy.addStandardHeaders(response.getHeaders(), 500, id);
        response.setEntity(new ProblemDocument(settings.typeOf(entry.slug()), settings.titleOf(entry.slug(),
                entry.title()), detail != null ? detail : entry.detail(), List.of(), id), NO_ANNOTATIONS, PROBLEM_JSON);
    }

    /** A pending problem that reached the writer without passing the response filter, with a fresh id. */
    ProblemDocument detached(PendingProblem pending) {
        String title = pending.catalogDefault() ? settings.titleOf(pending.slug(), pending.title()) : pending.title();
        String detail = pending.catalogDefault() && settings.detailOf(pending.slug()) != null
                ? settings.detailOf(pending.slug()) : pending.detail();
        return new ProblemDocument(type(pending), title, detail, limited(pending.parameters()), TraceIds.generate());
    }

    /** The application's own type, or the type of the catalog slug. */
    private String type(PendingProblem pending) {
        return pending.problem() != null && pending.problem().type().isPresent()
                ? pending.problem().type().get().toString() : settings.typeOf(pending.slug());
    }

    private void render(ContainerRequestContext request, ContainerResponseContext response, PendingProblem pending,
                        String traceId) {
        int status = pending.status();
        MultivaluedMap<String, Object> headers = response.getHeaders();
        String title = pending.title();
        String detail = pending.detail();
        if (pending.catalogDefault()) {
            title = settings.titleOf(pending.slug(), title);
            String reworded = settings.detailOf(pending.slug());
            detail = reworded != null ? reworded : wording.detail(status, detail, request, headers);
            headerPolicy.addProtocolHeaders(status, request, headers);
        }
        List<InvalidParameter> parameters = limited(pending.parameters());
        int dropped = pending.parameters().size() - parameters.size();
        if (dropped > 0) {
            detail = (detail == null ? "" : detail + " ") + "(" + dropped + " more invalid parameters not listed)";
        }
        headerPolicy.addStandardHeaders(headers, status, traceId);
        ProblemDocument document = new ProblemDocument(type(pending), title, detail, parameters, traceId);
        if (isProblemJson(headers.getFirst(HttpHeaders.CONTENT_TYPE))) {
            // a mapper's answer already has the type: setting it again makes Jersey parse it again, and so
            // would getMediaType(), which parses the header Jersey copied from the mapper's response
            response.setEntity(document);
        } else {
            response.setEntity(document, NO_ANNOTATIONS, PROBLEM_JSON);
        }
    }

    private static boolean isProblemJson(Object contentType) {
        if (contentType instanceof MediaType type) {
            return PROBLEM_JSON.equals(type);
        }
        try {
            return contentType instanceof String text && PROBLEM_JSON.equals(MediaType.valueOf(text));
        } catch (IllegalArgumentException e) {
            // someone else's unreadable type: ours replaces it
            return false;
        }
    }

    private List<InvalidParameter> limited(List<InvalidParameter> parameters) {
        return parameters.size() <= settings.maxInvalidParameters() ? parameters
                : parameters.subList(0, settings.maxInvalidParameters());
    }
}
