package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
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

    @Test
    void headToAnUnmatchedPathKeepsTheProblemHeadersWithoutBody() {
        HttpResponse<String> response = server.send("HEAD", "/no/such/thing", null);
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("X-Trace-Id").orElse("").matches("[0-9a-f]{32}"));
        assertEquals("", response.body());
    }
}
