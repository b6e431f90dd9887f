package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When something else fails, the client still gets a valid problem with the request's trace id. */
class FailureTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @RegisterExtension
    final LogCapture log = new LogCapture();

    @RegisterExtension
    static final TestServer server = TestServer.perClass(
            () -> FailureResources.application().register(ProblemFeature.class));

    @Test
    void aMapperThatThrowsStillGivesA500Problem() {
        assertProblem(server.get("/failing/mapper", "traceparent", TRACEPARENT)).hasStatus(500)
                .hasSlug("internal-error").hasInstance(TRACE);
    }

    @Test
    void aHeaderThatCannotBeRenderedGivesTheMinimalProblem() {
        assertProblem(server.get("/failing/poisoned-header", "traceparent", TRACEPARENT)).hasStatus(500)
                .hasSlug("internal-error").hasInstance(TRACE);
    }

    @Test
    void aResponseFilterThatThrowsOnTheApplicationsResponseGivesA500Problem() {
        assertProblem(server.get("/failing/filter-throws", "traceparent", TRACEPARENT)).hasStatus(500)
                .hasSlug("internal-error").hasInstance(TRACE);
    }

    @Test
    void aSuccessEntityThatCannotBeWrittenGivesA500Problem() {
        assertProblem(server.get("/failing/unwritable", "traceparent", TRACEPARENT)).hasStatus(500)
                .hasSlug("internal-error").hasInstance(TRACE);
    }

    @Test
    void anAsyncResumeWithAnExceptionIsMappedWithTheTraceId() {
        assertProblem(server.get("/failing/async-resume", "traceparent", TRACEPARENT)).hasStatus(500)
                .hasInstance(TRACE);
    }

    @Test
    void aFailedCompletionStageIsMappedWithTheTraceId() {
        assertProblem(server.get("/failing/async-stage", "traceparent", TRACEPARENT)).hasStatus(500)
                .hasInstance(TRACE);
    }

    @Test
    void aCompletionStageFailingWithAnHttpErrorKeepsItsStatus() {
        assertProblem(server.get("/failing/async-not-found", "traceparent", TRACEPARENT)).hasStatus(404)
                .hasSlug("not-found").hasInstance(TRACE);
    }

    @Test
    void aStreamFailingBeforeAnythingWasSentIsA500Problem() {
        assertProblem(server.get("/failing/stream-early", "traceparent", TRACEPARENT)).hasStatus(500)
                .hasInstance(TRACE);
    }

    @Test
    void aStreamFailingAfterCommitIsNeverMixedWithAProblemAndIsLoggedWithTheTraceId() {
        HttpResponse<String> response = server.get("/failing/stream-late", "traceparent", TRACEPARENT);
        // the status was sent before the failure; what follows is the application's bytes only
        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith(FailureResources.PARTIAL), response.body().substring(0, 20));
        assertFalse(response.body().contains("\"instance\""));
        List<LogRecord> errors = log.at(Level.SEVERE);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).getMessage().contains(TRACE), errors.get(0).getMessage());
    }

    @Test
    void aStreamFailureThatCouldStillBeMappedIsLoggedOnce() {
        assertProblem(server.get("/failing/stream-early", "traceparent", TRACEPARENT)).hasStatus(500);
        List<LogRecord> errors = log.at(Level.SEVERE);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).getMessage().contains(TRACE), errors.get(0).getMessage());
    }
}
