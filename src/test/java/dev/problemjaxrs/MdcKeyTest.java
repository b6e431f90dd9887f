package dev.problemjaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code problemjaxrs.trace.mdc-key}: another key, or {@code none} for no MDC at all. */
class MdcKeyTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @RegisterExtension
    static final TestServer none = TestServer.perClass(() -> TraceContextResources.application()
            .register(ProblemFeature.class).property("problemjaxrs.trace.mdc-key", "none"));

    @Test
    void noneKeepsTheIdOutOfEveryMdcButNotOutOfTheAccessor() {
        assertEquals("null/null/null/" + TRACE, none.get("/traced/mdc", "traceparent", TRACEPARENT).body());
    }

    @Test
    void anotherKeyIsUsedInsteadOfTraceId() {
        try (TestServer renamed = TestServer.start(TraceContextResources.application().register(ProblemFeature.class)
                .property("problemjaxrs.trace.mdc-key", "requestTrace"))) {
            assertEquals("null/null/null/" + TRACE, renamed.get("/traced/mdc", "traceparent", TRACEPARENT).body());
            assertEquals(TRACE, renamed.get("/traced/mdc-key/requestTrace", "traceparent", TRACEPARENT).body());
        }
    }
}
