package dev.problemjaxrs.internal;

import dev.problemjaxrs.internal.trace.RequestTraceIds;
import dev.problemjaxrs.internal.trace.RequestView;
import dev.problemjaxrs.internal.trace.TraceSource;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.net.URISyntaxException;
import java.util.Map;
import org.jboss.resteasy.core.interception.jaxrs.ContainerResponseContextImpl;
import org.jboss.resteasy.core.interception.jaxrs.PreMatchContainerRequestContext;
import org.jboss.resteasy.core.interception.jaxrs.ResponseContainerRequestContext;
import org.jboss.resteasy.core.providerfactory.ResteasyProviderFactoryImpl;
import org.jboss.resteasy.mock.MockHttpRequest;
import org.jboss.resteasy.mock.MockHttpResponse;
import org.jboss.resteasy.specimpl.BuiltResponse;
import org.jboss.resteasy.specimpl.ResponseBuilderImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two filters of a successful request on classic RESTEasy's own contexts, the ones its dispatcher
 * hands them: the pre-matching request context, and for the response filter a fresh request context
 * beside the response context over the {@code BuiltResponse} a resource's return value becomes. Under
 * them is RESTEasy's in-memory {@code MockHttpRequest}, which keeps headers and properties as a server
 * adapter does (a case-insensitive map, a hash map); what a servlet or Vert.x adapter costs to fill them
 * is not measured. The filters are built as {@code ProblemFeature} builds them for RESTEasy: writes are
 * watched, so the response filter leaves the end of a response with a body to the writer interceptor.
 * The MDC is the class path's (Logback's), as in {@link JerseyFiltersBench}.
 */
@State(Scope.Thread)
public class ResteasyFiltersBench {

    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private RequestFilter requestFilter;
    private ResponseFilter responseFilter;
    private PreMatchContainerRequestContext request;
    private ResponseContainerRequestContext answered;
    private ContainerResponseContextImpl ok;

    @Setup
    public void setUp() throws URISyntaxException {
        Settings defaults = Settings.from(Map.of());
        ProblemRenderer renderer = new ProblemRenderer(defaults, ResourceModel.UNKNOWN);
        // the view the feature picks for a RESTEasy configuration: the path without a java.net.URI parse
        RequestView view = ServingRuntime.requestView(new ResteasyProviderFactoryImpl());
        RequestTraceIds traceIds = new RequestTraceIds(TraceSource.HEADERS, view,
                defaults.requestIdHeader(), defaults.mdcKey());
        requestFilter = new RequestFilter(traceIds, view, renderer, defaults);
        responseFilter = new ResponseFilter(traceIds, view, renderer,
                new ErrorLog(defaults.logBurstLimit()), true, null);
        MockHttpRequest http = MockHttpRequest.get("/accounts/e5f6a7b8/secrets")
                .header("Accept", "application/json")
                .header("traceparent", TRACEPARENT);
        // the dispatcher's constructors, with the filter arrays and continuations its own loops need left empty
        request = new PreMatchContainerRequestContext(http, new ContainerRequestFilter[0], null);
        answered = new ResponseContainerRequestContext(http);
        // what Response.ok(entity) builds where RESTEasy is the RuntimeDelegate (Jersey is, on this class path)
        BuiltResponse built = (BuiltResponse) new ResponseBuilderImpl().status(200).entity("a body").build();
        ok = new ContainerResponseContextImpl(http, new MockHttpResponse(), built, answered,
                new ContainerResponseFilter[0], failure -> { }, null);
        checkFiltersWork();
    }

    /** A set-up the filters do nothing on would measure nothing: fail instead. */
    private void checkFiltersWork() {
        expectTraceparentsId(requestFilter());
        responseFilter2xx();
        if (ok.getStatus() != 200 || !"a body".equals(ok.getEntity()) || request.getResponseAbortedWith() != null) {
            throw new IllegalStateException("the filters changed a success: " + ok.getStatus() + " " + ok.getEntity());
        }
    }

    static void expectTraceparentsId(Object traceId) {
        if (!TRACE_ID.equals(traceId)) {
            throw new IllegalStateException("not the traceparent's trace id: " + traceId);
        }
    }

    /** Every request: trace id from its traceparent, bound to the thread and the MDC, the checks. */
    @Benchmark
    public Object requestFilter() {
        request.removeProperty(RequestTraceIds.PROPERTY);
        requestFilter.filter(request);
        return request.getProperty(RequestTraceIds.PROPERTY);
    }

    /** Every successful response: told a success; the binding is left to the writer interceptor. */
    @Benchmark
    public void responseFilter2xx() {
        responseFilter.filter(answered, ok);
    }
}
