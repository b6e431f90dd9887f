package dev.problemjaxrs.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Service A calling the sample API through MicroProfile Rest Client interfaces (the
 * {@code microprofile-gateway} module), built with {@code RestClientBuilder} and injected by CDI with
 * {@code @RegisterProvider(ProblemFeature.class)}: B's status, type and instance reach A's code as
 * {@code RemoteProblemException}, synchronously and through a {@code CompletionStage}, whichever exception
 * mapper the implementation would otherwise apply. Run on every runtime whose subclass deploys that module
 * and configures the injected client's base URI ({@code secrets}) as its own server.
 */
public abstract class MicroProfileGatewaySuite {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    /** Where service A, which is also B, listens. */
    protected abstract URI serviceA();

    /**
     * Whether the served request's trace id reaches the call of a {@code CompletionStage} method, which
     * the implementation may make on a thread of its own.
     */
    protected boolean carriesTraceIdIntoCompletionStages() {
        return true;
    }

    @ParameterizedTest(name = "{0} client, {1}")
    @CsvSource({
        "built, unknown-key, 404, invalid-api-key",
        "built, invalid-secret, 422, validation",
        "built, maintenance, 503, service-unavailable",
        "built, maintenance-later, 503, service-unavailable",
        "injected, unknown-key, 404, invalid-api-key",
        "injected, invalid-secret, 422, validation",
        "injected, maintenance, 503, service-unavailable",
        "injected, maintenance-later, 503, service-unavailable"})
    void aMicroProfileRestClientReceivesBsProblemWithAsTraceId(String client, String call, int status, String slug)
            throws Exception {
        HttpResponse<String> viaA = new Http(serviceA()).get("/mp-gateway/" + client + "/" + call,
                "traceparent", TRACEPARENT);
        assertEquals(200, viaA.statusCode(), viaA::body);
        JsonNode learnt = new ObjectMapper().readTree(viaA.body());
        assertEquals(status, learnt.path("status").asInt(), learnt::toString);
        assertTrue(learnt.get("type").asText().endsWith("#" + slug), learnt::toString);
        if (call.endsWith("-later") && !carriesTraceIdIntoCompletionStages()) {
            assertTrue(learnt.get("instance").asText().matches("[0-9a-f]{32}"), learnt::toString);
            assertNotEquals(TRACE, learnt.get("instance").asText(), learnt::toString);
        } else {
            assertEquals(TRACE, learnt.get("instance").asText(), learnt::toString);
        }
        assertEquals(status == 422, learnt.get("invalid_parameters").asInt() > 0, learnt::toString);
        assertEquals(status == 503, !learnt.get("retry_after").asText().equals("[]"), learnt::toString);
    }
}
