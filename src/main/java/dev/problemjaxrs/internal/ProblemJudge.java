package dev.problemjaxrs.internal;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.internal.naming.Reasons;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.io.IOException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/**
 * Judges a mapper's problem against the request before it is rendered: where the failure came from (only
 * the client's own input is blamed on the client), what a later filter did to the status, a hidden 403,
 * and what only the request knows (the parameter that did not convert, the method a resource lacks).
 */
final class ProblemJudge {

    private final Settings settings;
    private final ResourceModel resources;

    ProblemJudge(Settings settings, ResourceModel resources) {
        this.settings = settings;
        this.resources = resources;
    }

    /**
     * The problem as this request's response must state it; sets the response's status where it changes.
     */
    PendingProblem judge(PendingProblem pending, ContainerRequestContext request, ContainerResponseContext response) {
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
     * client's too, not a 500, unless the reader said the fault is the server's.
     */
    private static PendingProblem judgedByOrigin(PendingProblem pending, ContainerRequestContext request) {
        Throwable readFailure = EntityReadInterceptor.readFailure(request, pending.cause());
        if (pending.blame() == PendingProblem.Blame.REQUEST_BODY) {
            return readFailure != null ? pending : PendingProblem.serverError(pending.cause());
        }
        if (readFailure == null || pending.blame() == PendingProblem.Blame.SERVER || pending.status() != 500
                || !pending.catalogDefault()) {
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
}
