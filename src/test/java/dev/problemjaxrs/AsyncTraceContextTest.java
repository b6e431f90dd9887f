package dev.problemjaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The trace id on asynchronous resources. A thread the application starts has none (it must take the id
 * along). Jakarta REST has no portable hook when a resource method suspends, so the thread that suspended
 * keeps the id until it serves its next request, whose first step replaces it: no request ever sees
 * another's id in its own code.
 */
class AsyncTraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @RegisterExtension
    static final TestServer server = TestServer.perClass(
            () -> TraceContextResources.application().register(ProblemFeature.class));

    @Test
    void aThreadTheApplicationStartsHasNoTraceId() {
        assertEquals("on another thread: none", server.get("/traced/async", "traceparent", TRACEPARENT).body());
    }

    @Test
    void afterAnAsynchronousRequestEveryRequestSeesOnlyItsOwnId() {
        for (int i = 0; i < 20; i++) {
            server.get("/traced/async", "traceparent", TRACEPARENT);
            String[] seen = server.get("/traced/mdc").body().split("/");
            assertTrue(seen[0].matches("[0-9a-f]{32}") && !seen[0].equals(TRACE), String.join("/", seen));
            assertEquals(1, java.util.Arrays.stream(seen).distinct().count(), String.join("/", seen));
        }
    }
}
