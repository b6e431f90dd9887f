package dev.problemjaxrs.internal;

import static dev.problemjaxrs.internal.ResteasyFiltersBench.TRACEPARENT;
import static dev.problemjaxrs.internal.ResteasyFiltersBench.expectTraceparentsId;

import dev.problemjaxrs.internal.quarkus.QuarkusRestIntegration;
import dev.problemjaxrs.internal.trace.RequestTraceIds;
import dev.problemjaxrs.internal.trace.RequestView;
import dev.problemjaxrs.internal.trace.TraceSource;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.handlers.ResponseHandler;
import org.jboss.resteasy.reactive.server.jaxrs.ContainerRequestContextImpl;
import org.jboss.resteasy.reactive.server.spi.ServerHttpRequest;
import org.jboss.resteasy.reactive.server.spi.ServerHttpResponse;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two filters of a successful request as Quarkus REST runs them: the request step right after matching,
 * both reading the request through {@link QuarkusRestIntegration}'s view, on Quarkus REST's own request and
 * response contexts over its own {@code ResteasyReactiveRequestContext} (properties, the lazy response its
 * {@code ResponseHandler} makes of a resource's return value). Only the transport under it is faked: an
 * in-memory request where Quarkus has its Vert.x one, with the headers in a case-insensitive tree map
 * instead of Vert.x's hashed one (like Vert.x, a new list for every {@code getAll}). Nothing of matching is
 * set up (no resource, no CDI request scope, no handler chain) because neither filter reads it, and the
 * filters are called directly, not by Quarkus REST's handlers, which also activate the request scope.
 */
@State(Scope.Thread)
public class QuarkusRestFiltersBench {

    private RequestFilter requestFilter;
    private ContainerRequestFilter afterMatching;
    private ResponseFilter responseFilter;
    private ContainerRequestContextImpl request;
    private ContainerRequestContextImpl answered;
    private ContainerResponseContext ok;
    private InMemoryRequest served;

    @Setup
    public void setUp() throws Exception {
        Settings defaults = Settings.from(Map.of());
        ProblemRenderer renderer = new ProblemRenderer(defaults, ResourceModel.UNKNOWN);
        RequestView view = QuarkusRestIntegration.requestView();
        RequestTraceIds traceIds = new RequestTraceIds(TraceSource.HEADERS, view, defaults.requestIdHeader(),
                defaults.mdcKey());
        requestFilter = new RequestFilter(traceIds, view, renderer, defaults);
        afterMatching = requestFilter.afterMatching();
        responseFilter = new ResponseFilter(traceIds, view, renderer, new ErrorLog(defaults.logBurstLimit()),
                false, requestFilter);
        // as ResourceRequestFilterHandler leaves it for a filter that is not pre-matching
        request = new InMemoryRequest().getContainerRequestContext().setPreMatch(false);
        served = new InMemoryRequest();
        answered = served.getContainerRequestContext();
        afterMatching.filter(answered);
        served.setResult("a body");
        ResponseHandler.NO_CUSTOMIZER_INSTANCE.handle(served);
        // as ResourceResponseFilterHandler leaves them
        answered.setResponse(true).setPreMatch(false);
        ok = served.getContainerResponseContext();
        checkFiltersWork();
    }

    /** A set-up the filters do nothing on would measure nothing: fail instead. */
    private void checkFiltersWork() throws IOException {
        expectTraceparentsId(requestFilter());
        responseFilter2xx();
        // the view must have told the success from the return value: a built response would cost its headers
        if (served.getResponse().isCreated() || request.isAborted() || answered.isAborted()) {
            throw new IllegalStateException("the filters built or changed a success");
        }
    }

    /** Every matched request: trace id from its traceparent, bound to the thread and the MDC, the checks. */
    @Benchmark
    public Object requestFilter() throws IOException {
        request.removeProperty(RequestTraceIds.PROPERTY);
        afterMatching.filter(request);
        return request.getProperty(RequestTraceIds.PROPERTY);
    }

    /** Every successful response: told a success from the return value, the thread's binding ended. */
    @Benchmark
    public void responseFilter2xx() {
        responseFilter.filter(answered, ok);
    }

    /**
     * {@code GET /accounts/e5f6a7b8/secrets} with Accept and traceparent; like Quarkus's Vert.x context, the
     * request context is its own server request. What the filters must not reach throws.
     */
    private static final class InMemoryRequest extends ResteasyReactiveRequestContext implements ServerHttpRequest {

        private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        InMemoryRequest() {
            super(null, null, new ServerRestHandler[0], new ServerRestHandler[0]);
            headers.put("Accept", List.of("application/json"));
            headers.put("traceparent", List.of(TRACEPARENT));
        }

        @Override
        public ServerHttpRequest serverRequest() {
            return this;
        }

        @Override
        public String getRequestHeader(CharSequence name) {
            List<String> values = headers.get(name.toString());
            return values == null ? null : values.get(0);
        }

        @Override
        public List<String> getAllRequestHeaders(String name) {
            return new ArrayList<>(headers.getOrDefault(name, List.of()));
        }

        @Override
        public boolean containsRequestHeader(CharSequence name) {
            return headers.containsKey(name.toString());
        }

        @Override
        public String getRequestPath() {
            return "/accounts/e5f6a7b8/secrets";
        }

        @Override
        public String getRequestMethod() {
            return "GET";
        }

        @Override
        public String getRequestNormalisedPath() {
            return getRequestPath();
        }

        @Override
        public ServerHttpResponse serverResponse() {
            throw unused();
        }

        @Override
        public Iterable<Map.Entry<String, String>> getAllRequestHeaders() {
            throw unused();
        }

        @Override
        public String getRequestAbsoluteUri() {
            throw unused();
        }

        @Override
        public String getRequestScheme() {
            throw unused();
        }

        @Override
        public String getRequestHost() {
            throw unused();
        }

        @Override
        public void closeConnection() {
            throw unused();
        }

        @Override
        public String getQueryParam(String name) {
            throw unused();
        }

        @Override
        public Map<String, List<String>> getQueryParamsMap() {
            throw unused();
        }

        @Override
        public List<String> getAllQueryParams(String name) {
            throw unused();
        }

        @Override
        public String query() {
            throw unused();
        }

        @Override
        public Collection<String> queryParamNames() {
            throw unused();
        }

        @Override
        public boolean isRequestEnded() {
            throw unused();
        }

        @Override
        public InputStream createInputStream(ByteBuffer existingData) {
            throw unused();
        }

        @Override
        public InputStream createInputStream() {
            throw unused();
        }

        @Override
        public ServerHttpResponse pauseRequestInput() {
            throw unused();
        }

        @Override
        public ServerHttpResponse resumeRequestInput() {
            throw unused();
        }

        @Override
        public ServerHttpResponse setReadListener(ReadCallback callback) {
            throw unused();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw unused();
        }

        @Override
        public boolean isOnIoThread() {
            throw unused();
        }

        @Override
        protected Executor getEventLoop() {
            throw unused();
        }

        @Override
        public Runnable registerTimer(long millis, Runnable task) {
            throw unused();
        }

        @Override
        public boolean resumeExternalProcessing() {
            throw unused();
        }

        @Override
        protected void handleRequestScopeActivation() {
            throw unused();
        }

        @Override
        protected void restarted(boolean keepTarget) {
            throw unused();
        }

        @Override
        protected void handleUnrecoverableError(Throwable throwable) {
            throw unused();
        }

        private static UnsupportedOperationException unused() {
            return new UnsupportedOperationException("not on the path of a successful request's filters");
        }
    }
}
