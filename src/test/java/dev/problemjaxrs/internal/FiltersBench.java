package dev.problemjaxrs.internal;

import dev.problemjaxrs.Problem;
import dev.problemjaxrs.ProblemException;
import dev.problemjaxrs.internal.trace.RequestTraceIds;
import dev.problemjaxrs.internal.trace.RequestView;
import dev.problemjaxrs.internal.trace.TraceSource;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the library adds to a successful (2xx) request: its response filter, which must return at once,
 * and its pre-matching request filter, which runs on every request to fix the trace id.
 *
 * <p>A context method the filters start calling makes the proxy throw, so the benchmark fails rather
 * than measure less than the filters do. The request and response contexts are {@link Proxy java.lang.reflect.Proxy} stubs (the interfaces
 * have some twenty methods each). A proxy call adds an {@code InvocationHandler} dispatch, a
 * {@code Method} lookup and an argument array per call, a few ns and some bytes that Jersey's real
 * contexts do not cost; so these numbers are an upper bound of the filters' own cost.
 */
@State(Scope.Thread)
public class FiltersBench {

    private ResponseFilter responseFilter;
    private RequestFilter requestFilter;
    private ContainerResponseContext ok;
    private ContainerRequestContext request;
    private final Map<String, Object> properties = new HashMap<>();
    private Translation translation;
    private Problem ownProblem;
    private ProblemException thrown;

    @Setup
    public void setUp() {
        Settings defaults = Settings.from(Map.of());
        ProblemRenderer renderer = new ProblemRenderer(defaults, ResourceModel.UNKNOWN);
        RequestTraceIds traceIds = new RequestTraceIds(TraceSource.HEADERS, RequestView.STANDARD, defaults.requestIdHeader(),
                null);
        responseFilter = new ResponseFilter(traceIds, RequestView.STANDARD, renderer,
                new ErrorLog(defaults.logBurstLimit()), true, null);
        requestFilter = new RequestFilter(traceIds, RequestView.STANDARD, renderer, defaults);
        ok = proxy(ContainerResponseContext.class, (p, method, args) -> switch (method.getName()) {
            case "getStatus" -> 200;
            case "getEntity" -> "a body";
            case "hasEntity" -> true;
            default -> throw new UnsupportedOperationException(method.getName());
        });
        translation = new Translation(List.of(), renderer);
        ownProblem = Problem.builder().type("https://example.com/errors/secrets#maximum-secrets-allowed")
                .title("Maximum number of secrets already met")
                .detail("This account has reached maximum number of '2' allowed secrets").build();
        thrown = new ProblemException(403, ownProblem);
        MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
        headers.add("Accept", "application/json");
        URI uri = URI.create("http://127.0.0.1:8080/accounts/e5f6a7b8/secrets");
        UriInfo uriInfo = proxy(UriInfo.class, (p, method, args) -> switch (method.getName()) {
            case "getRequestUri" -> uri;
            default -> throw new UnsupportedOperationException(method.getName());
        });
        request = proxy(ContainerRequestContext.class, (p, method, args) -> switch (method.getName()) {
            case "getHeaders" -> headers;
            // like Jersey's, which joins the values into a new String on every call, even a single one
            case "getHeaderString" -> headers.containsKey((String) args[0])
                    ? String.join(",", headers.get((String) args[0])) : null;
            case "getUriInfo" -> uriInfo;
            case "getProperty" -> properties.get((String) args[0]);
            case "setProperty" -> properties.put((String) args[0], args[1]);
            case "getMethod" -> "GET";
            default -> throw new UnsupportedOperationException(method.getName());
        });
    }

    /** Must cost next to nothing: one status check. */
    @Benchmark
    public void responseFilter2xx() {
        responseFilter.filter(request, ok);
    }

    /**
     * Paid by every request: a trace id (generated here, no traceparent), the ambiguous-path scan and
     * the syntax check of Accept and Content-Type.
     */
    @Benchmark
    public Object requestFilter() {
        properties.clear();
        requestFilter.filter(request);
        return properties.get("dev.problemjaxrs.traceId");
    }

    /** A resource returns {@code Response.status(403).entity(problem)}: the response filter renders it. */
    @Benchmark
    public Object problemEntityRendered() {
        return render(ownProblem);
    }

    /** The same problem thrown as a {@code ProblemException}: the mapper's translation, then the filter. */
    @Benchmark
    public Object problemExceptionRendered() {
        return render(translation.toResponse(thrown).getEntity());
    }

    private Object render(Object entity) {
        MultivaluedHashMap<String, Object> headers = new MultivaluedHashMap<>();
        Object[] body = {entity};
        int[] status = {403};
        ContainerResponseContext response = proxy(ContainerResponseContext.class, (p, method, args) -> {
            switch (method.getName()) {
                case "getStatus":
                    return status[0];
                case "setStatus":
                    status[0] = (Integer) args[0];
                    return null;
                case "getEntity":
                    return body[0];
                case "hasEntity":
                    return body[0] != null;
                case "setEntity":
                    body[0] = args[0];
                    return null;
                case "getHeaders":
                    return headers;
                default:
                    throw new UnsupportedOperationException(method.getName());
            }
        });
        properties.put("dev.problemjaxrs.traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        responseFilter.filter(request, response);
        return body[0];
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(FiltersBench.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
