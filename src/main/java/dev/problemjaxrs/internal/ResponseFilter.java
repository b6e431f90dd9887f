package dev.problemjaxrs.internal;

import dev.problemjaxrs.Problem;
import dev.problemjaxrs.internal.trace.RequestTraceIds;
import dev.problemjaxrs.internal.trace.RequestView;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * The last step before writing: every error response (a mapper's, a bodiless one, an abort) is completed
 * by the renderer with the request's trace id, then logged. A success only ends the thread's binding
 * where nothing is left to do after this step.
 */
@Priority(Priorities.AUTHENTICATION - 500) // response filters run in descending priority: this one last
@ConstrainedTo(RuntimeType.SERVER)
final class ResponseFilter implements ContainerResponseFilter {

    private final RequestTraceIds traceIds;
    private final RequestView view;
    private final ProblemRenderer renderer;
    private final ErrorLog errorLog;
    /** Whether a body's end is seen by {@link WriteFailureInterceptor}, which then ends the binding. */
    private final boolean interceptsWrites;
    /** Where the request step runs after matching: its checks, for the requests that never reached it; else null. */
    private final RequestFilter uncheckedRequests;

    ResponseFilter(RequestTraceIds traceIds, RequestView view, ProblemRenderer renderer, ErrorLog errorLog,
                   boolean interceptsWrites, RequestFilter uncheckedRequests) {
        this.traceIds = traceIds;
        this.view = view;
        this.renderer = renderer;
        this.errorLog = errorLog;
        this.interceptsWrites = interceptsWrites;
        this.uncheckedRequests = uncheckedRequests;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (needsAnswer(request, response)) {
            // an asynchronous response resumes on another thread: its log line carries the id too
            traceIds.bindIfElsewhere(request);
            answer(request, response);
        }
        if (!interceptsWrites || !response.hasEntity()) {
            // nothing left for this thread to do with the request
            traceIds.unbind();
        }
    }

    /** An error, or a problem returned as an entity; told without building the response where the runtime can. */
    private boolean needsAnswer(ContainerRequestContext request, ContainerResponseContext response) {
        Object plain = view.plainEntity(request);
        if (plain != RequestView.UNKNOWN) {
            return plain instanceof Problem;
        }
        return response.getStatus() >= 400 || response.getEntity() instanceof Problem;
    }

    private void answer(ContainerRequestContext request, ContainerResponseContext response) {
        String traceId = traceIds.of(request);
        PendingProblem rendered;
        try {
            PendingProblem refused = uncheckedRequests != null ? uncheckedRequests.refusal(request) : null;
            if (refused != null) {
                renderer.replace(response, refused);
            } else if (view.isRuntimesSecurityText(request, response)) {
                response.setEntity(null);
            }
            rendered = renderer.complete(request, response, traceId);
        } catch (RuntimeException e) {
            // whatever broke (a header value, another provider's state), the client gets a valid problem
            errorLog.serverError(traceId, request.getMethod(), path(request), 500, e);
            renderer.fallback(response, traceId);
            return;
        }
        if (rendered == null) {
            return;
        }
        if (rendered.status() >= 500) {
            if (!WriteFailureInterceptor.loggedAlready(request, rendered.cause())) {
                errorLog.serverError(traceId, request.getMethod(), path(request), rendered.status(), rendered.cause());
            }
        } else {
            errorLog.clientError(traceId, request.getMethod(), path(request), rendered.status(), rendered.cause());
        }
    }

    private static String path(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }
}
