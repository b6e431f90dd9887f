package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With OpenTelemetry instrumentation the instance is the live span's trace id, as in the server's logs;
 * a span another request left current (ended, as Payara's instrumentation leaves the span of a suspended
 * request on the thread that suspended it) never lends its id to this one.
 */
class OpenTelemetryTest {

    private static final String HEADER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + HEADER_TRACE + "-00f067aa0ba902b7-01";
    private static final Tracer TRACER = SdkTracerProvider.builder().build().get("test");
    /** The trace id of the last span the instrumentation started. */
    private static volatile String started;

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> CoreResources.application()
            .register(ProblemFeature.class).register(Instrumentation.class));

    /**
     * Stands in for an instrumentation agent, before any other filter. {@code X-Test-Span: live} starts a
     * span and ends it after the response; {@code X-Test-Span: leaked} makes an ended span current and
     * leaves it so, as a leaking instrumentation would.
     */
    @PreMatching
    @Priority(1)
    public static class Instrumentation implements ContainerRequestFilter, ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            String mode = request.getHeaderString("X-Test-Span");
            if (mode == null) {
                return;
            }
            Span span = TRACER.spanBuilder("request").startSpan();
            started = span.getSpanContext().getTraceId();
            if (mode.equals("leaked")) {
                span.end();
                // never closed: the ended span stays current for whatever this thread serves next
                span.makeCurrent();
            } else {
                request.setProperty(Span.class.getName(), span);
                request.setProperty(Scope.class.getName(), span.makeCurrent());
            }
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getProperty(Scope.class.getName()) instanceof Scope scope) {
                scope.close();
                ((Span) request.getProperty(Span.class.getName())).end();
            }
        }
    }

    @Test
    void theLiveSpansTraceIdIsTheInstance() {
        ProblemAssert problem = assertProblem(server.get("/nope", "X-Test-Span", "live", "traceparent", TRACEPARENT));
        problem.hasInstance(started);
    }

    @Test
    void withoutAValidSpanTheHeadersDecide() {
        assertProblem(server.get("/nope", "traceparent", TRACEPARENT)).hasInstance(HEADER_TRACE);
    }

    @Test
    void anEndedSpanLeftCurrentDoesNotLendItsIdToTheRequest() {
        assertProblem(server.get("/nope", "X-Test-Span", "leaked", "traceparent", TRACEPARENT))
                .hasInstance(HEADER_TRACE);
        String leaked = started;
        assertNotEquals(leaked, HEADER_TRACE);
    }
}
