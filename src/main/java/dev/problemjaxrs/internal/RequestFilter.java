package dev.problemjaxrs.internal;

import dev.problemjaxrs.internal.trace.RequestTraceIds;
import dev.problemjaxrs.internal.trace.RequestView;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/**
 * The first step of every request, matched or not: assigns the trace id, so it is a request property for
 * the whole request; then turns away what no runtime should have to interpret: request targets that could
 * be read two ways, and Accept or Content-Type headers that do not parse (RESTEasy would fail with a 500).
 * Where the runtime makes a pre-matching filter dear, the same step runs right after matching
 * ({@link #afterMatching()}), and the response filter checks the requests that never reached it.
 */
@PreMatching
@Priority(RequestFilter.FIRST)
@ConstrainedTo(RuntimeType.SERVER)
final class RequestFilter implements ContainerRequestFilter {

    /** Before every filter of the application, authentication included, before matching or after it. */
    static final int FIRST = Priorities.AUTHENTICATION - 500;

    private final RequestTraceIds traceIds;
    private final RequestView view;
    private final ProblemRenderer renderer;
    private final boolean rejectAmbiguousPaths;

    RequestFilter(RequestTraceIds traceIds, RequestView view, ProblemRenderer renderer, Settings settings) {
        this.traceIds = traceIds;
        this.view = view;
        this.renderer = renderer;
        this.rejectAmbiguousPaths = settings.rejectAmbiguousPaths();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        traceIds.bind(traceIds.of(request));
        PendingProblem refused = refusal(request);
        if (refused != null) {
            request.abortWith(renderer.mapperResponse(refused, null));
        }
    }

    /** The same step as a post-matching filter, first of the application's: see {@link ServingRuntime#checksAfterMatching}. */
    ContainerRequestFilter afterMatching() {
        return new AfterMatching(this);
    }

    /** Why the request is turned away, or null if it is not. */
    PendingProblem refusal(ContainerRequestContext request) {
        StatusCatalog.Entry refusal = refusalEntry(request);
        if (refusal == null) {
            return null;
        }
        return PendingProblem.of(refusal == StatusCatalog.UNSUPPORTED_CHARSET ? 415 : 400, refusal, null);
    }

    private StatusCatalog.Entry refusalEntry(ContainerRequestContext request) {
        if (rejectAmbiguousPaths && AmbiguousPaths.isAmbiguous(view.rawPath(request))) {
            return StatusCatalog.DECEPTIVE_ROUTING;
        }
        List<String> accepts = view.headers(request, HttpHeaders.ACCEPT);
        if (accepts != null) {
            for (String accept : accepts) {
                if (!HeaderSyntax.isAccept(accept)) {
                    return StatusCatalog.UNPARSEABLE_ACCEPT;
                }
            }
        }
        List<String> contentTypes = view.headers(request, HttpHeaders.CONTENT_TYPE);
        if (contentTypes != null && !contentTypes.isEmpty()) {
            // two Content-Types are as unreadable as a garbled one
            if (contentTypes.size() > 1 || !contentTypes.get(0).isBlank()
                    && !HeaderSyntax.isMediaType(contentTypes.get(0))) {
                return StatusCatalog.UNPARSEABLE_CONTENT_TYPE;
            }
            if (!HeaderSyntax.hasSupportedCharset(contentTypes.get(0))) {
                // a runtime would fail deep inside its reader (Jersey's form reader with a 500)
                return StatusCatalog.UNSUPPORTED_CHARSET;
            }
        }
        return null;
    }

    @Priority(FIRST)
    @ConstrainedTo(RuntimeType.SERVER)
    private static final class AfterMatching implements ContainerRequestFilter {

        private final RequestFilter step;

        AfterMatching(RequestFilter step) {
            this.step = step;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            step.filter(request);
        }
    }
}
