package dev.problemjaxrs.internal;

import static dev.problemjaxrs.internal.ResteasyFiltersBench.TRACEPARENT;
import static dev.problemjaxrs.internal.ResteasyFiltersBench.TRACE_ID;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.internal.trace.RequestTraceIds;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.net.URISyntaxException;
import org.jboss.resteasy.mock.MockDispatcherFactory;
import org.jboss.resteasy.mock.MockHttpRequest;
import org.jboss.resteasy.mock.MockHttpResponse;
import org.jboss.resteasy.spi.BlockingAsyncOutputStream;
import org.jboss.resteasy.spi.Dispatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A whole successful {@code GET} through classic RESTEasy's {@code SynchronousDispatcher}, with and without
 * {@code ProblemFeature}: what the library adds to a request on RESTEasy, its request and response filters
 * and its writer interceptor among RESTEasy's own steps (matching, invoking, writing through the
 * interceptor chain). In memory: RESTEasy's mock request and response, the response's stream an asynchronous
 * one as on Quarkus, no network and no servlet or Vert.x adapter. Both rows build a fresh request and response per call, as a server does; only the difference
 * between them is the library's. The trace source and integrations are those of this class path.
 */
public class ResteasyDispatchBench {

    static final String BODY = "{\"secrets\":[]}";

    @Path("accounts/{account}/secrets")
    public static class Secrets {

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String list() {
            return BODY;
        }
    }

    /** RESTEasy with its built-in providers and the resource; the library too where {@link #start} says so. */
    abstract static class App {

        private Dispatcher dispatcher;

        void start(boolean withLibrary) throws URISyntaxException, IOException {
            dispatcher = MockDispatcherFactory.createDispatcher();
            // RESTEasy's own delegate builds the responses, as in a RESTEasy server; whichever runtime's service
            // file the class path lists first would otherwise (Jersey's, in it/bench)
            RuntimeDelegate.setInstance(dispatcher.getProviderFactory());
            dispatcher.getRegistry().addSingletonResource(new Secrets());
            if (withLibrary) {
                dispatcher.getProviderFactory().register(ProblemFeature.class);
            }
            checkServes(withLibrary);
        }

        MockHttpResponse get() throws URISyntaxException, IOException {
            return serve(request());
        }

        private static MockHttpRequest request() throws URISyntaxException {
            return MockHttpRequest.get("/accounts/e5f6a7b8/secrets")
                    .header("Accept", MediaType.APPLICATION_JSON)
                    .header("traceparent", TRACEPARENT);
        }

        private MockHttpResponse serve(MockHttpRequest request) throws IOException {
            MockHttpResponse response = new MockHttpResponse();
            // an asynchronous stream, as Quarkus's Vert.x transport gives RESTEasy: its writers can then write
            // without blocking, unless a writer interceptor cannot
            response.setOutputStream(new BlockingAsyncOutputStream(response.getOutputStream()));
            dispatcher.invoke(request, response);
            return response;
        }

        /** A dispatcher that answers anything but the resource's 200, or a library that never ran, would mislead. */
        private void checkServes(boolean withLibrary) throws URISyntaxException, IOException {
            MockHttpRequest request = request();
            MockHttpResponse response = serve(request);
            if (response.getStatus() != 200 || !BODY.equals(response.getContentAsString())) {
                throw new IllegalStateException("not the resource's answer: " + response.getStatus() + " "
                        + response.getContentAsString());
            }
            Object traceId = request.getAttribute(RequestTraceIds.PROPERTY);
            if (withLibrary ? !TRACE_ID.equals(traceId) : traceId != null) {
                throw new IllegalStateException("trace id " + traceId + (withLibrary ? " without" : " with")
                        + " the library");
            }
        }
    }

    @State(Scope.Thread)
    public static class Plain extends App {

        @Setup
        public void setUp() throws URISyntaxException, IOException {
            start(false);
        }
    }

    @State(Scope.Thread)
    public static class WithLibrary extends App {

        @Setup
        public void setUp() throws URISyntaxException, IOException {
            start(true);
        }
    }

    @Benchmark
    public MockHttpResponse dispatch200Plain(Plain app) throws URISyntaxException, IOException {
        return app.get();
    }

    @Benchmark
    public MockHttpResponse dispatch200WithLibrary(WithLibrary app) throws URISyntaxException, IOException {
        return app.get();
    }
}
