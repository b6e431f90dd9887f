package dev.problemjaxrs.internal;

import dev.problemjaxrs.internal.trace.RequestTraceIds;
import dev.problemjaxrs.internal.trace.RequestView;
import dev.problemjaxrs.internal.trace.TraceSource;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two filters of a successful request on Jersey's own request and response objects, as Jersey
 * hands them over (headers in its case-insensitive map, properties in its delegate), with the MDC of
 * the class path (Logback's): what {@link FiltersBench} measures on stubs, at Jersey's real price.
 */
@State(Scope.Thread)
public class JerseyFiltersBench {

    private static final URI BASE = URI.create("http://localhost:8080/");

    private RequestFilter requestFilter;
    private ResponseFilter responseFilter;
    private ContainerRequest request;
    private ContainerResponse ok;

    @Setup
    public void setUp() {
        Settings defaults = Settings.from(Map.of());
        ProblemRenderer renderer = new ProblemRenderer(defaults, ResourceModel.UNKNOWN);
        RequestTraceIds traceIds = new RequestTraceIds(TraceSource.HEADERS, RequestView.STANDARD,
                defaults.requestIdHeader(), defaults.mdcKey());
        requestFilter = new RequestFilter(traceIds, RequestView.STANDARD, renderer, defaults);
        responseFilter = new ResponseFilter(traceIds, RequestView.STANDARD, renderer,
                new ErrorLog(defaults.logBurstLimit()), false, null);
        request = new ContainerRequest(BASE, BASE.resolve("accounts/e5f6a7b8/secrets"), "GET", null,
                new MapPropertiesDelegate(), null);
        request.header("Accept", "application/json");
        request.header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        ok = new ContainerResponse(request, Response.ok("a body").build());
    }

    /** Every request: trace id from its traceparent, bound to the thread and the MDC, the checks. */
    @Benchmark
    public Object requestFilter() {
        request.removeProperty(RequestTraceIds.PROPERTY);
        requestFilter.filter(request);
        return request.getProperty(RequestTraceIds.PROPERTY);
    }

    /** Every successful response: told a success, the thread's binding ended. */
    @Benchmark
    public void responseFilter2xx() {
        responseFilter.filter(request, ok);
    }
}
