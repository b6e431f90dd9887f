package dev.problemjaxrs.it.grizzly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemjaxrs.it.conformance.Http;
import dev.problemjaxrs.it.conformance.ProblemResponse;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two real services on Grizzly over loopback HTTP: A (the gateway, {@link GatewayApi}) calls B (the sample
 * API) with a Jersey client that has ProblemFeature registered.
 */
class TwoServicesIT {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TwoServices services;
    private static Http a;
    private static Http b;

    @BeforeAll
    static void start() {
        services = TwoServices.start(0);
        a = new Http(services.a());
        b = new Http(services.b());
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    static Stream<Integer> statuses() {
        return GatewayApi.statuses().stream();
    }

    @ParameterizedTest(name = "B answers {0}")
    @MethodSource("statuses")
    void aReceivesBsProblemWithBsInstanceWhichIsAsTraceId(int status) throws Exception {
        HttpResponse<String> viaA = a.get("/gateway/" + status, "traceparent", TRACEPARENT);
        assertEquals(200, viaA.statusCode(), viaA::body);
        JsonNode learnt = JSON.readTree(viaA.body());

        GatewayApi.Call call = GatewayApi.CALLS.get(status);
        ProblemResponse direct = ProblemResponse.of(b.send(call.method(), call.path(), call.body(),
                call.contentType() == null ? new String[] {"Accept", call.accept()}
                        : new String[] {"Accept", call.accept(), "Content-Type", call.contentType()}));
        direct.status(status);
        assertEquals(status, learnt.get("status").asInt());
        assertEquals(direct.body().get("type").asText(), learnt.get("type").asText());
        assertEquals(direct.body().get("title").asText(), learnt.get("title").asText());
        assertEquals(direct.body().path("invalid_parameters").size(), learnt.get("invalid_parameters").size());
        if (status != 500) {
            assertEquals(direct.body().get("detail").asText(), learnt.get("detail").asText());
        }
        assertEquals(TRACE, learnt.get("our_trace_id").asText());
        assertEquals(TRACE, learnt.get("instance").asText(), "B's instance is A's trace id: one id, both logs");
        if (status == 405) {
            assertTrue(learnt.get("headers").has("Allow"), learnt::toString);
        }
        if (status == 429) {
            assertTrue(learnt.get("headers").has("Retry-After"), learnt::toString);
        }
    }

    @Test
    void withoutATraceparentAsFreshIdStillReachesB() throws Exception {
        JsonNode learnt = JSON.readTree(a.get("/gateway/404").body());
        assertTrue(learnt.get("our_trace_id").asText().matches("[0-9a-f]{32}"), learnt::toString);
        assertEquals(learnt.get("our_trace_id").asText(), learnt.get("instance").asText());
    }

    @Test
    void aDownstreamProblemThatEscapesIsAsOwn500NeverBs() {
        HttpResponse<String> response = a.get("/gateway/escape", "traceparent", TRACEPARENT);
        ProblemResponse.of(response).status(500).instance(TRACE)
                .type("https://problemjaxrs.dev/errors#internal-error");
        assertFalse(response.body().contains("developer.vonage.com"), response.body());
    }
}
