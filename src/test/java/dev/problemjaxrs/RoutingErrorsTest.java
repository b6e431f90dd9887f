package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jersey's own 404, 405, 406 and 415, which reach mappers without entity. */
class RoutingErrorsTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> CoreResources.application().register(ProblemFeature.class));

    @Test
    void anUnmatchedPathIsNotFound() {
        assertProblem(server.get("/no/such/thing")).hasStatus(404).hasSlug("not-found").hasTitle("Not Found");
    }

    @Test
    void aWrongVerbNamesTheMethodAndKeepsAllow() {
        HttpResponse<String> response = server.send("PUT", "/things", "{}", "Content-Type", "application/json");
        assertProblem(response).hasStatus(405).hasSlug("wrong-verb").hasTitle("Request method not allowed")
                .hasDetail("Request method 'PUT' not supported");
        String allow = response.headers().firstValue("Allow").orElse("");
        assertTrue(Set.of(allow.split(",\\s*")).containsAll(Set.of("GET", "POST")), allow);
    }

    @Test
    void anUnusualWrongVerbIsNamedToo() {
        assertProblem(server.send("DELETE", "/things", null)).hasStatus(405)
                .hasDetail("Request method 'DELETE' not supported");
    }

    @Test
    void anUnacceptableAcceptListsWhatTheResourceProduces() {
        assertProblem(server.get("/things", "Accept", "application/xml")).hasStatus(406).hasSlug("accept-header")
                .hasTitle("Invalid Accept header")
                .hasDetail("Invalid Accept header provided. Must be one of the following: 'application/json'");
    }

    @Test
    void anUnsupportedContentTypeListsWhatTheResourceConsumesAlsoInAccept() {
        HttpResponse<String> response = server.send("POST", "/things", "a=b",
                "Content-Type", "application/x-www-form-urlencoded");
        assertProblem(response).hasStatus(415).hasSlug("content-type-header")
                .hasTitle("Invalid Content-Type header")
                .hasDetail("Invalid Content-Type header provided. Must be one of the following: 'application/json'")
                .hasHeader("Accept", "application/json");
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"x/y/z", "application/json;q=abc", ";;;", "*/json"})
    void anUnparseableAcceptIs400BeforeMatching(String accept) {
        assertProblem(server.get("/things", "Accept", accept)).hasStatus(400).hasSlug("accept-header")
                .hasTitle("Invalid Accept header").hasDetail("The Accept header could not be parsed.");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"foo", "application/json;;", "text/*"})
    void anUnparseableContentTypeIs400BeforeMatching(String contentType) {
        assertProblem(server.send("POST", "/things", "{}", "Content-Type", contentType)).hasStatus(400)
                .hasSlug("content-type-header").hasDetail("The Content-Type header could not be parsed.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/things/%2e%2e/errors/boom", "/things%2fx", "/things/a%00b", "/things/%252e",
            "/things/%5c"})
    void anAmbiguousRequestTargetIs400DeceptiveRouting(String target) {
        // literal dot-segments are normalised by the JDK's client; it/ sends them raw
        HttpRequest request = HttpRequest.newBuilder(server.uri(target)).build();
        assertProblem(server.send(request)).hasStatus(400).hasSlug("deceptive-routing")
                .hasTitle("Ambiguous request target");
    }

    @Test
    void ambiguousTargetsCanBeAllowed() {
        try (TestServer lenient = TestServer.start(CoreResources.application().register(ProblemFeature.class)
                .property("problemjaxrs.reject-ambiguous-paths", "false"))) {
            // matched as /things/{id}, which only supports DELETE: the request got past the check
            assertProblem(lenient.get("/things/a%2fb")).hasStatus(405).hasSlug("wrong-verb");
        }
    }

    @Test
    void headToAnUnmatchedPathKeepsTheProblemHeadersWithoutBody() {
        HttpResponse<String> response = server.send("HEAD", "/no/such/thing", null);
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("X-Trace-Id").orElse("").matches("[0-9a-f]{32}"));
        assertEquals("", response.body());
    }
}
