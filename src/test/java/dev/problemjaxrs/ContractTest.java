package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules every error response obeys, and what is left alone. */
class ContractTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(
            () -> CoreResources.application().register(ProblemFeature.class));

    @RegisterExtension
    final LogCapture log = new LogCapture();

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"application/json", "text/html", "application/xml", "application/problem+json",
            "*/*", "text/plain;q=0.1, image/png"})
    void theProblemIsSentWhateverTheClientAccepts(String accept) {
        assertProblem(server.get("/no/such/thing", "Accept", accept)).hasStatus(404).hasSlug("not-found");
        assertProblem(server.get("/errors/boom", "Accept", accept)).hasStatus(500).hasSlug("internal-error");
    }

    @Test
    void anUnexpectedExceptionLeaksNothingAndIsLoggedOnceWithTheTraceId() {
        HttpResponse<String> response = server.get("/errors/boom-once");
        ProblemAssert problem = assertProblem(response).hasStatus(500).hasSlug("internal-error")
                .hasTitle("Internal Server Error").hasHeader("Cache-Control", "no-store");
        assertFalse(response.body().contains("hunter2"), response.body());
        assertFalse(response.body().contains("IllegalArgumentException"), response.body());
        assertFalse(response.body().contains("at dev."), response.body());
        List<LogRecord> errors = log.at(Level.SEVERE);
        assertEquals(1, errors.size(), "logged once: " + errors);
        assertTrue(errors.get(0).getMessage().contains(problem.instance()), errors.get(0).getMessage());
        assertTrue(errors.get(0).getThrown().toString().startsWith(IllegalArgumentException.class.getName()),
                errors.get(0).getThrown().toString());
    }

    @Test
    void aBurstOfTheSameFailureLogsEveryTraceIdButOneStack() {
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            instances.add(assertProblem(server.get("/errors/burst")).hasStatus(500).instance());
        }
        List<LogRecord> errors = log.at(Level.SEVERE);
        assertEquals(20, errors.size());
        for (int i = 0; i < 20; i++) {
            assertTrue(errors.get(i).getMessage().contains(instances.get(i)), errors.get(i).getMessage());
        }
        assertEquals(1, errors.stream().filter(r -> r.getThrown() != null).count());
    }

    @Test
    void clientErrorsAreNotLoggedAtErrorLevel() {
        assertProblem(server.get("/errors/status/404")).hasStatus(404);
        assertProblem(server.get("/no/such/thing")).hasStatus(404);
        assertEquals(List.of(), log.at(Level.SEVERE));
        assertEquals(List.of(), log.at(Level.WARNING));
    }

    @Test
    void successIsUntouched() {
        HttpResponse<String> response = server.get("/things");
        assertEquals(200, response.statusCode());
        assertEquals("{\"items\":[]}", response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("X-Trace-Id").isEmpty());
        assertTrue(response.headers().firstValue("Content-Language").isEmpty());
        assertTrue(response.headers().firstValue("X-Content-Type-Options").isEmpty());
    }

    @Test
    void aNoContentSuccessIsUntouched() {
        HttpResponse<String> response = server.send("DELETE", "/things/1", null);
        assertEquals(204, response.statusCode());
        assertEquals("", response.body());
        assertTrue(response.headers().firstValue("Content-Type").isEmpty());
    }

    @Test
    void anExceptionThatCarriesItsOwnEntityIsSentAsItIs() {
        HttpResponse<String> response = server.get("/errors/with-entity");
        assertEquals(400, response.statusCode());
        assertEquals("chosen by the application", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void anApplicationProblemKeepsItsTypeStatusAndHeaders() {
        assertProblem(server.get("/errors/own-problem")).hasStatus(403)
                .hasType("https://example.com/errors/secrets#maximum-secrets-allowed")
                .hasTitle("Maxmimum number of secrets already met")
                .hasDetail("This account has reached maximum number of '2' allowed secrets")
                .hasHeader("X-Account-Limit", "2");
    }

    @Test
    void anApplicationProblemWithoutTypeTakesTheStatusType() {
        assertProblem(server.get("/errors/own-problem-default-type")).hasStatus(409).hasSlug("conflict")
                .hasDetail("This resource cannot be updated once the job has started running");
    }

}
