package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With OpenTelemetry instrumentation the instance is the current span's trace id, as in the server's logs. */
class OpenTelemetryTest {

    private static final String SPAN_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String HEADER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> CoreResources.application()
            .register(ProblemFeature.class).register(Instrumentation.class));

    /**
     * Stands in for an instrumentation agent: makes a span current for requests that ask for one, before
     * any other filter, and ends it after the response.
     */
    @PreMatching
    @Priority(1)
    public static class Instrumentation implements ContainerRequestFilter, ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getHeaderString("X-Test-Span") != null) {
                SpanContext context = SpanContext.create(SPAN_TRACE, "b7ad6b7169203331", TraceFlags.getSampled(),
                        TraceState.getDefault());
                request.setProperty(Scope.class.getName(), Span.wrap(context).makeCurrent());
            }
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getProperty(Scope.class.getName()) instanceof Scope scope) {
                scope.close();
            }
        }
    }

    @Test
    void theCurrentSpansTraceIdIsTheInstance() {
        assertProblem(server.get("/nope", "X-Test-Span", "yes", "traceparent",
                "00-" + HEADER_TRACE + "-00f067aa0ba902b7-01")).hasInstance(SPAN_TRACE);
    }

    @Test
    void withoutAValidSpanTheHeadersDecide() {
        // the API without an SDK: the current span is invalid
        assertProblem(server.get("/nope", "traceparent", "00-" + HEADER_TRACE + "-00f067aa0ba902b7-01"))
                .hasInstance(HEADER_TRACE);
    }
}
