package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request's trace id in the application's own code and logs: {@code ProblemFeature.currentTraceId()}
 * and the MDC of SLF4J, Log4j 2 and JBoss Logging (key {@code traceId}), from the library's first filter
 * until the response is written, and gone afterwards, also when the request failed.
 */
class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @RegisterExtension
    final LogCapture log = new LogCapture();

    @RegisterExtension
    static final TestServer server = TestServer.perClass(
            () -> TraceContextResources.application().register(ProblemFeature.class));

    @Test
    void everyMdcHoldsTheTraceIdWhileTheRequestIsServed() {
        assertEquals(String.join("/", TRACE, TRACE, TRACE, TRACE),
                server.get("/traced/mdc", "traceparent", TRACEPARENT).body());
    }

    @Test
    void theMdcIsEmptyAgainAfterEveryKindOfRequest() {
        // Grizzly serves these on a small pool of worker threads, so each is reused many times over
        TraceContextResources.SEEN_AT_ENTRY.clear();
        for (int i = 0; i < 20; i++) {
            assertEquals(200, server.get("/traced/mdc", "traceparent", TRACEPARENT).statusCode());
            assertProblem(server.get("/traced/fails")).hasStatus(500);
            assertEquals(204, server.get("/traced/empty").statusCode());
            assertProblem(server.get("/traced/nowhere")).hasStatus(404);
            assertProblem(server.send("DELETE", "/traced/mdc", null)).hasStatus(405);
        }
        assertEquals(100, TraceContextResources.SEEN_AT_ENTRY.size());
        assertEquals(List.of("null/null/null/null"), TraceContextResources.SEEN_AT_ENTRY.stream().distinct().toList());
    }
}
