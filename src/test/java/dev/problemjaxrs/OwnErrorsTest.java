package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API's own errors, every way they reach a response: a {@code Problem} entity returned by a resource,
 * an application mapper or a filter's abort; a {@code ProblemType} raised by name; a domain exception that
 * extends {@code ProblemException} or implements {@code ProblemSource}, also from an async stage.
 */
class OwnErrorsTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";
    private static final String BASE = OwnErrorResources.BASE + "#";

    @RegisterExtension
    final LogCapture log = new LogCapture();

    @RegisterExtension
    static final TestServer server = TestServer.perClass(
            () -> OwnErrorResources.application().register(ProblemFeature.class));

    @Test
    void aProblemEntityOnAnErrorResponseIsSentAsThatProblemWithTheTraceId() {
        HttpResponse<String> response = server.get("/own/returned", "traceparent", TRACEPARENT);
        assertProblem(response).hasStatus(403).hasType(BASE + "maximum-secrets-allowed")
                .hasTitle("Maxmimum number of secrets already met")
                .hasDetail("This account has reached maximum number of '2' allowed secrets").hasInstance(TRACE);
        assertEquals("{\"type\":\"" + BASE + "maximum-secrets-allowed\",\"title\":\"Maxmimum number of secrets already"
                + " met\",\"detail\":\"This account has reached maximum number of '2' allowed secrets\",\"instance\":\""
                + TRACE + "\"}", response.body(), "stale Content-Length and Content-Type are not kept");
    }

    @Test
    void aProblemWithoutTypeTakesTheStatusSlugAndKeepsItsParametersInOrder() {
        assertProblem(server.get("/own/returned-untyped")).hasStatus(409).hasSlug("conflict").hasTitle("Conflict")
                .hasDetail("This resource cannot be updated once the job has started running")
                .hasInvalidParameters("job", "is running", "id", "is locked");
    }

    @Test
    void aProblemEntityOnASuccessIsAServerBug() {
        assertProblem(server.get("/own/returned-ok")).hasStatus(500).hasSlug("internal-error");
        assertEquals(1, log.at(Level.SEVERE).size(), () -> log.at(Level.SEVERE).toString());
        assertTrue(log.at(Level.SEVERE).get(0).getThrown().getMessage().contains("status 200"));
    }

    @Test
    void aWebApplicationExceptionWithAProblemEntityGivesThatProblem() {
        assertProblem(server.get("/own/web-exception", "traceparent", TRACEPARENT)).hasStatus(410).hasSlug("gone")
                .hasTitle("Gone").hasDetail("Archived last year").hasInstance(TRACE);
    }

    @Test
    void anApplicationMapperReturningAProblemGivesThatProblem() {
        assertProblem(server.get("/own/mapped", "traceparent", TRACEPARENT)).hasStatus(409).hasSlug("conflict")
                .hasTitle("Out of stock").hasDetail("The item is out of stock").hasInstance(TRACE);
    }

    @Test
    void aFilterAbortingWithAProblemKeepsItsProtocolHeaders() {
        assertProblem(server.get("/own/guarded")).hasStatus(401)
                .hasType("https://developer.vonage.com/api-errors#unauthorized")
                .hasTitle("Invalid credentials supplied").hasDetail("You did not provide correct credentials.")
                .hasHeader("WWW-Authenticate", "Basic realm=\"api\"");
    }

    @Test
    void aProblemTypeRaisedByNameCarriesItsOccurrenceAndHeader() {
        assertProblem(server.get("/own/thrown")).hasStatus(429).hasType(BASE + "rate-limited").hasTitle("Rate Limited")
                .hasDetail("Slow down.").hasHeader("Retry-After", "120").hasHeader("Cache-Control", "no-store");
    }

    @Test
    void aDomainExceptionExtendingProblemExceptionIsItsProblem() {
        assertProblem(server.get("/own/domain")).hasStatus(403).hasType(BASE + "out-of-credit")
                .hasTitle("You do not have enough credit").hasDetail("Your current balance is 30, but that costs 50.");
        assertEquals(0, new OwnErrorResources.OutOfCreditException(1, 2).getStackTrace().length);
    }

    @Test
    void aDomainExceptionImplementingProblemSourceIsItsProblem() {
        assertProblem(server.get("/own/source")).hasStatus(429).hasType(BASE + "rate-limited")
                .hasDetail("You have exceeded your rate limit.").hasHeader("Retry-After", "60");
    }

    @Test
    void aProblemSourceFromAnAsyncStageKeepsItsHeaders() {
        assertProblem(server.get("/own/async-source", "traceparent", TRACEPARENT)).hasStatus(429)
                .hasType(BASE + "rate-limited").hasHeader("Retry-After", "60").hasInstance(TRACE);
    }

    @Test
    void theRequestsTraceIdIsReadableInTheApplicationsCode() {
        HttpResponse<String> response = server.get("/own/trace", "traceparent", TRACEPARENT);
        assertEquals(200, response.statusCode());
        assertEquals(TRACE, response.body());
        String untraced = server.get("/own/trace").body();
        assertTrue(untraced.matches("[0-9a-f]{32}") && !untraced.equals(TRACE), untraced);
    }

    @Test
    void noTraceIdOutsideARequest() {
        assertTrue(ProblemFeature.currentTraceId().isEmpty());
    }
}
