package dev.problemjaxrs.it.quarkus.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemjaxrs.it.conformance.Http;
import dev.problemjaxrs.it.conformance.TwoServicesSuite;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two-service suite with the runtime's own Jakarta REST client. Quarkus runs one application per test
 * run, so A and B are the same server: the gateway's call leaves over HTTP and comes back as a request of
 * its own, with its own trace id unless the client carried A's. A and B also share their settings, so
 * A's own 500 and B's look alike here; that nothing of B's answer is relayed is shown where they are two
 * servers (Grizzly).
 */
@QuarkusTest
class QuarkusRestTwoServicesTest extends TwoServicesSuite {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @TestHTTPResource("/")
    URI root;

    @Override
    protected URI serviceA() {
        return root;
    }

    /**
     * The same through a MicroProfile Rest Client interface ({@link MicroProfileGateway}): B's status,
     * type and instance reach A's code as {@code RemoteProblemException}, whichever exception mapper the
     * implementation would otherwise apply.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"unknown-key, 404, invalid-api-key", "invalid-secret, 422, validation", "maintenance, 503, service-unavailable"})
    void aMicroProfileRestClientReceivesBsProblemWithAsTraceId(String call, int status, String slug) throws Exception {
        HttpResponse<String> viaA = new Http(root).get("/mp-gateway/" + call, "traceparent", TRACEPARENT);
        assertEquals(200, viaA.statusCode(), viaA::body);
        JsonNode learnt = new ObjectMapper().readTree(viaA.body());
        assertEquals(status, learnt.path("status").asInt(), learnt::toString);
        assertTrue(learnt.get("type").asText().endsWith("#" + slug), learnt::toString);
        assertEquals(TRACE, learnt.get("instance").asText(), learnt::toString);
        assertEquals(status == 422, learnt.get("invalid_parameters").asInt() > 0, learnt::toString);
        assertEquals(status == 503, !learnt.get("retry_after").asText().equals("[]"), learnt::toString);
    }
}
