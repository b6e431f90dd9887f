package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only what the client sent is blamed on the client: the same exception types from the application's own
 * parsing or validation, or from another service, are a 500 with its error line; another service's error
 * that escapes is ours, and nothing of its response reaches our client.
 */
class OriginTest {

    private static TestServer downstream;

    @RegisterExtension
    final LogCapture log = new LogCapture();

    @RegisterExtension
    static final TestServer server = TestServer.perClass(
            () -> OriginResources.application().register(ProblemFeature.class));

    @BeforeAll
    static void startDownstream() {
        downstream = TestServer.start(OriginResources.downstreamService());
        OriginResources.downstream = downstream.uri("/").toString();
    }

    @AfterAll
    static void stopDownstream() {
        downstream.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"own-json", "own-garbage", "own-jsonb", "own-validation", "downstream-body"})
    void aParsingOrValidationFailureThatIsNotTheClientsInputIsAServerFault(String path) {
        HttpResponse<String> response = server.get("/origin/" + path);
        assertProblem(response).hasStatus(500).hasSlug("internal-error").hasNoInvalidParameters();
        assertFalse(response.body().contains("creditLimit") || response.body().contains("ownerName"), response.body());
        assertEquals(1, log.at(Level.SEVERE).size(), () -> "one error line: " + log.at(Level.SEVERE));
    }

    @Test
    void aDownstreamErrorThatEscapesIsOursAndNothingOfItIsRelayed() {
        HttpResponse<String> response = server.get("/origin/downstream-not-found");
        assertProblem(response).hasStatus(500).hasSlug("internal-error").lacksHeader("Set-Cookie")
                .lacksHeader("Location").lacksHeader("X-Backend");
        assertFalse(response.body().contains("db-7"), response.body());
        List<LogRecord> errors = log.at(Level.SEVERE);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).getMessage().contains("a downstream service answered 404"), errors.get(0).getMessage());
    }

    /** The log line names the other service's instance: the two services' logs join up. */
    @Test
    void aDownstreamProblemThatEscapesIsLoggedWithItsInstance() {
        assertProblem(server.get("/origin/downstream-problem")).hasStatus(500).hasSlug("internal-error");
        String line = log.at(Level.SEVERE).get(0).getMessage();
        assertTrue(line.contains("a downstream service answered 503, its instance "
                + OriginResources.DOWNSTREAM_INSTANCE), line);
    }

    @Test
    void aBodilessDownstreamErrorRelaysNoHeader() {
        assertProblem(server.get("/origin/downstream-unavailable")).hasStatus(500).lacksHeader("Retry-After")
                .lacksHeader("Set-Cookie").lacksHeader("WWW-Authenticate");
        assertTrue(log.at(Level.SEVERE).get(0).getMessage().contains("a downstream service answered 503"));
    }

    @Test
    void aResponseThatCannotBeSerialisedIsAServerErrorWithOneLine() {
        assertProblem(server.get("/origin/unserialisable")).hasStatus(500).hasSlug("internal-error");
        assertEquals(1, log.at(Level.SEVERE).size(), () -> "one error line: " + log.at(Level.SEVERE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/plain; charset=utf-9", "application/x-www-form-urlencoded; charset=utf-9",
            "text/plain; charset=\"x-no-such-charset\"", "text/plain;charset=latin-99"})
    void aCharsetTheServerDoesNotKnowIs415(String contentType) {
        String path = contentType.startsWith("text") ? "/origin/text" : "/origin/form";
        assertProblem(server.send("POST", path, "name=x", "Content-Type", contentType)).hasStatus(415)
                .hasSlug("content-type-header").hasDetail("The charset named in the Content-Type header is not supported.");
        assertTrue(log.at(Level.SEVERE).isEmpty(), () -> log.at(Level.SEVERE).toString());
    }

    /** RFC 8259 defines no charset parameter for JSON: a JSON body is read as JSON, whatever it says. */
    @Test
    void aJsonBodyIsReadWhateverCharsetItNames() {
        HttpResponse<String> response = server.send("POST", "/origin/json", "{\"a\":1}",
                "Content-Type", "application/json; charset=utf-9");
        assertEquals(200, response.statusCode(), response.body());
    }

    /**
     * Jersey reports a form parameter read from a body that is no form (a method without
     * {@code @Consumes}) as an {@code IllegalStateException}: the client's Content-Type, a 415.
     */
    @Test
    void aFormParameterReadFromABodyThatIsNoFormIs415() {
        assertProblem(server.send("POST", "/origin/form-any", "{\"name\":\"x\"}", "Content-Type", "application/json"))
                .hasStatus(415).hasSlug("content-type-header");
        assertTrue(log.at(Level.SEVERE).isEmpty(), () -> log.at(Level.SEVERE).toString());
    }

    @Test
    void aFormParameterReadFromAFormIsRead() {
        HttpResponse<String> response = server.send("POST", "/origin/form-any", "name=x",
                "Content-Type", "application/x-www-form-urlencoded");
        assertEquals("read x", response.body());
    }
}
