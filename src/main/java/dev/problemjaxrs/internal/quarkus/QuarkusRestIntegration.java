package dev.problemjaxrs.internal.quarkus;

import dev.problemjaxrs.internal.trace.RequestTraceIds;
import dev.problemjaxrs.internal.trace.RequestView;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.LazyResponse;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerHttpRequest;

/**
 * Quarkus REST (RESTEasy Reactive), loaded only where its server classes are present. These facts of that
 * runtime make it special:
 * <ul>
 * <li>its standard accessors are the dear ones on the path every request takes: {@code getRequestUri()}
 * parses a {@code java.net.URI} from Vert.x's normalised absolute URI, and the first {@code getHeaders()}
 * copies every header into a map. Vert.x already holds the raw path and the headers, so the view reads
 * them there;</li>
 * <li>a blocking resource method runs on a worker thread while the pre-matching filters ran on the event
 * loop, so a thread-bound trace id misses the application's own code; Quarkus REST tracks the current
 * request on every thread it runs one on, and the trace id is its property;</li>
 * <li>a response filter's first {@code getStatus()} builds the response, headers and all, from the
 * resource's return value, and Quarkus REST then has those headers to encode too; the view tells a plain
 * success from that value instead;</li>
 * <li>Quarkus's own mappers for its security exceptions answer before any of the library's, some with a
 * text of their own; the view tells that text from an application's entity.</li>
 * </ul>
 */
public final class QuarkusRestIntegration {

    /** Where Quarkus's security exceptions live: its mappers answer them before any of the library's. */
    private static final String SECURITY_PACKAGE = "io.quarkus.security.";

    private static final RequestView VIEW = new RequestView() {
        @Override
        public String rawPath(ContainerRequestContext request) {
            ServerHttpRequest http = http(request);
            return http != null ? http.getRequestPath() : STANDARD.rawPath(request);
        }

        @Override
        public List<String> headers(ContainerRequestContext request, String name) {
            ServerHttpRequest http = http(request);
            if (http == null) {
                return STANDARD.headers(request, name);
            }
            // a lookup first: getAll builds a list even for a header that was not sent
            return http.getRequestHeader(name) == null ? null : http.getAllRequestHeaders(name);
        }

        @Override
        public Object plainEntity(ContainerRequestContext request) {
            ResteasyReactiveRequestContext served = served(request);
            LazyResponse response = served != null ? served.getResponse() : null;
            // not built yet, and no status of the method's own (@ResponseStatus): a 200, or a 204
            if (response == null || response.isCreated() || !response.isPredetermined()
                    || served.getThrowable() != null) {
                return UNKNOWN;
            }
            Object result = served.getResult();
            return result instanceof GenericEntity<?> generic ? generic.getEntity()
                    : result instanceof Response ? UNKNOWN : result;
        }

        @Override
        public boolean isRuntimesSecurityText(ContainerRequestContext request, ContainerResponseContext response) {
            // Quarkus's mappers for its security exceptions (UnauthorizedExceptionMapper and the others)
            // add their default text where no mechanism sends a challenge
            ResteasyReactiveRequestContext served = served(request);
            Throwable thrown = served != null ? served.getThrowable() : null;
            return thrown != null && thrown.getClass().getName().startsWith(SECURITY_PACKAGE)
                    && response.getEntity() instanceof String;
        }
    };

    private QuarkusRestIntegration() {
    }

    public static RequestView requestView() {
        return VIEW;
    }

    /** The trace id of the request Quarkus REST is serving on this thread, or null. */
    public static String currentTraceId() {
        ResteasyReactiveRequestContext current = CurrentRequestManager.get();
        return current != null && current.getProperty(RequestTraceIds.PROPERTY) instanceof String id ? id : null;
    }

    private static ServerHttpRequest http(ContainerRequestContext request) {
        ResteasyReactiveRequestContext served = served(request);
        return served != null ? served.serverRequest() : null;
    }

    private static ResteasyReactiveRequestContext served(ContainerRequestContext request) {
        return request instanceof ResteasyReactiveContainerRequestContext context
                && context.getServerRequestContext() instanceof ResteasyReactiveRequestContext served ? served : null;
    }
}
