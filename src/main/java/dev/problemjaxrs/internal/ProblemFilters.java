package dev.problemjaxrs.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/** The two filters: one sees every request first, the other every response last. */
public final class ProblemFilters {

    /**
     * Runs before anything else, matched or not, so the trace id is a request property for the whole
     * request; then turns away what no runtime should have to interpret: request targets that could be
     * read two ways, and Accept or Content-Type headers that do not parse (RESTEasy would fail with a 500).
     */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION - 500)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Request implements ContainerRequestFilter {

        private final ProblemRenderer renderer;
        private final boolean rejectAmbiguousPaths;

        public Request(ProblemRenderer renderer, Settings settings) {
            this.renderer = renderer;
            this.rejectAmbiguousPaths = settings.rejectAmbiguousPaths();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            renderer.traceId(request);
            StatusCatalog.Entry refusal = refusal(request);
            if (refusal != null) {
                request.abortWith(ProblemRenderer.response(PendingProblem.of(400, refusal, null)));
            }
        }

        private StatusCatalog.Entry refusal(ContainerRequestContext request) {
            if (rejectAmbiguousPaths && AmbiguousPaths.isAmbiguous(request.getUriInfo().getRequestUri().getRawPath())) {
                return StatusCatalog.DECEPTIVE_ROUTING;
            }
            // the values one by one: getHeaderString joins them into a new string on every request
            List<String> accepts = request.getHeaders().get(HttpHeaders.ACCEPT);
            if (accepts != null) {
                for (String accept : accepts) {
                    if (!HeaderSyntax.isAccept(accept)) {
                        return StatusCatalog.UNPARSEABLE_ACCEPT;
                    }
                }
            }
            List<String> contentTypes = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
            if (contentTypes != null && !contentTypes.isEmpty()) {
                // two Content-Types are as unreadable as a garbled one
                if (contentTypes.size() > 1 || !contentTypes.get(0).isBlank()
                        && !HeaderSyntax.isMediaType(contentTypes.get(0))) {
                    return StatusCatalog.UNPARSEABLE_CONTENT_TYPE;
                }
            }
            return null;
        }
    }

    /**
     * Response filters run in descending priority, so this low value makes it the last: it sees the
     * status and headers every other filter left.
     */
    @Priority(Priorities.AUTHENTICATION - 500)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Response implements ContainerResponseFilter {

        private final ProblemRenderer renderer;

        public Response(ProblemRenderer renderer) {
            this.renderer = renderer;
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (response.getStatus() >= 400) {
                renderer.complete(request, response);
            }
        }
    }

    private ProblemFilters() {
    }
}
