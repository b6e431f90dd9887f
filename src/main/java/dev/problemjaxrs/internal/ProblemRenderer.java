package dev.problemjaxrs.internal;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.Problem;
import dev.problemjaxrs.internal.naming.Reasons;
import dev.problemjaxrs.internal.trace.TraceIds;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
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

    ProblemRenderer(Settings settings, ResourceModel resources) {
        this.settings = settings;
        this.resources = resources;
        this.headerPolicy = new HeaderPolicy(settings.traceResponseHeader(), resources);
        this.wording = new DetailWording(resources);
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
        pending = adjust(pending, request, response);
        render(request, response, pending, traceId);
        return pending;
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

    private PendingProblem adjust(PendingProblem pending, ContainerRequestContext request,
                                  ContainerResponseContext response) {
        PendingProblem judged = judgedByOrigin(pending, request);
        if (judged != pending) {
            response.setStatus(judged.status());
            return judged;
        }
        int status = response.getStatus();
        if (status == 403 && pending.catalogDefault() && settings.forbiddenAsNotFound()) {
            // indistinguishable from a real 404: none of the 403's headers stays
            response.setStatus(404);
            response.getHeaders().clear();
            return PendingProblem.of(404, pending.cause());
        }
        if (status != pending.status()) {
            // a later filter changed the status: the document must describe what is sent
            return pending.withStatus(status);
        }
        if (isRuntimesNotFound(pending, status) && resources.refusesMethod(request)) {
            // the addressed resource exists and lacks only the method: the specification's answer is 405
            response.setStatus(405);
            return PendingProblem.of(405, pending.cause());
        }
        if (isUnnamedConversionFailure(pending, status)) {
            List<InvalidParameter> failed = resources.unconvertedParameters(request);
            if (!failed.isEmpty()) {
                response.setStatus(400);
                return PendingProblem.unconverted(failed, pending.cause());
            }
        }
        if (pending.unconverted() != null) {
            return pending.withParameters(List.of(new InvalidParameter(pending.unconverted().name(),
                    Reasons.mustBe(resources.parameterType(request, pending.unconverted().source(),
                            pending.unconverted().name())))));
        }
        return pending;
    }

    /**
     * Only the client's own input is blamed on the client. A problem that blames the request body stands
     * only if the failure came from reading this request's entity; an I/O or charset failure while reading
     * it (a body cut short or stalled, bad chunking or compression, a charset the JVM does not know) is the
     * client's too, not a 500.
     */
    private static PendingProblem judgedByOrigin(PendingProblem pending, ContainerRequestContext request) {
        Throwable readFailure = EntityReadInterceptor.readFailure(request, pending.cause());
        if (pending.blamesRequestBody()) {
            return readFailure != null ? pending : PendingProblem.serverError(pending.cause());
        }
        if (readFailure == null || pending.status() != 500 || !pending.catalogDefault()) {
            return pending;
        }
        for (Throwable t = readFailure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedCharsetException || t instanceof IllegalCharsetNameException) {
                return PendingProblem.of(415, StatusCatalog.UNSUPPORTED_CHARSET, pending.cause());
            }
            if (t instanceof IOException) {
                return PendingProblem.of(400, StatusCatalog.UNREADABLE_BODY, pending.cause());
            }
        }
        return pending;
    }

    /**
     * A bodiless 404 of the runtime's own (a {@code WebApplicationException} without cause). Quarkus REST
     * answers a wrong verb so where another root resource's path is a prefix of the addressed one, where
     * the class has a sub-resource locator, and on a sub-resource (resteasy-reactive 3.27
     * {@code ClassRoutingHandler}: {@code NotFoundException}; its locator handling: a plain 404
     * {@code WebApplicationException}); when the resource model finds the resource and only the method
     * missing, the specification's answer is 405. An application's own 404 comes from a method that
     * matched, whose HTTP method the model allows.
     */
    private static boolean isRuntimesNotFound(PendingProblem pending, int status) {
        return status == 404 && pending.catalogDefault() && pending.parameters().isEmpty()
                && pending.slug().equals(StatusCatalog.of(404).slug())
                && pending.cause() instanceof WebApplicationException notFound && notFound.getCause() == null
                && !notFound.getResponse().hasEntity();
    }

    /**
     * Quarkus REST and RESTEasy report a query, matrix, header or cookie value that does not convert as a
     * bodiless {@code NotFoundException} or {@code BadRequestException} whose cause is the converter's
     * exception, without naming the parameter (Quarkus REST 3.27 {@code ParameterHandler}, RESTEasy 6.2
     * {@code StringParameterInjector}); the resource model then finds it from the request's values. An
     * application's own 404 or 400 has no such cause, or its method ran, so its parameters converted.
     */
    private static boolean isUnnamedConversionFailure(PendingProblem pending, int status) {
        return pending.catalogDefault() && pending.parameters().isEmpty() && (status == 404 || status == 400)
                && pending.slug().equals(StatusCatalog.of(status).slug())
                && pending.cause() instanceof WebApplicationException web && !web.getResponse().hasEntity()
                && web.getCause() != null && !(web.getCause() instanceof WebApplicationException);
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
        response.setEntity(new ProblemDocument(type(pending), title, detail, parameters, traceId),
                NO_ANNOTATIONS, PROBLEM_JSON);
    }

    private List<InvalidParameter> limited(List<InvalidParameter> parameters) {
        return parameters.size() <= settings.maxInvalidParameters() ? parameters
                : parameters.subList(0, settings.maxInvalidParameters());
    }
}
