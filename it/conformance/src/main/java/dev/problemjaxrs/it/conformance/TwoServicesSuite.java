package dev.problemjaxrs.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemjaxrs.it.app.GatewayApi;
import dev.problemjaxrs.it.app.SampleApp;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two services over real HTTP: A (the gateway, {@link GatewayApi}) calls B (the sample API) with the
 * runtime's own Jakarta REST client, {@code ProblemFeature} registered on it. Written once, run on every
 * runtime that subclasses it: where A and B cannot be two servers, they are one server that calls itself,
 * and the call still leaves as an HTTP request and comes back as another one.
 */
public abstract class TwoServicesSuite {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where service A, the gateway, listens. */
    protected abstract URI serviceA();

    /** Where service B, the sample API, listens: A's own server, unless a runtime starts two. */
    protected URI serviceB() {
        return serviceA();
    }

    /**
     * The type base of A's own problems. Where A is a server of its own, with the library's default base
     * while B uses the sample's, a relayed answer of B's would show B's base.
     */
    protected String typeBaseOfA() {
        return SampleApp.TYPE_BASE;
    }

    static Stream<Integer> statuses() {
        return GatewayApi.statuses().stream();
    }

    @ParameterizedTest(name = "B answers {0}")
    @MethodSource("statuses")
    void aReceivesBsProblemWithBsInstanceWhichIsAsTraceId(int status) throws Exception {
        HttpResponse<String> viaA = new Http(serviceA()).get("/gateway/" + status, "traceparent", TRACEPARENT);
        assertEquals(200, viaA.statusCode(), viaA::body);
        JsonNode learnt = JSON.readTree(viaA.body());

        GatewayApi.Call call = GatewayApi.CALLS.get(status);
        ProblemResponse direct = ProblemResponse.of(new Http(serviceB()).send(call.method(), call.path(), call.body(),
                call.contentType() == null ? new String[] {"Accept", call.accept()}
                        : new String[] {"Accept", call.accept(), "Content-Type", call.contentType()}));
        direct.status(status);
        assertEquals(status, learnt.get("status").asInt());
        assertEquals(direct.body().get("type").asText(), learnt.get("type").asText());
        assertEquals(direct.body().get("title").asText(), learnt.get("title").asText());
        assertEquals(direct.body().path("invalid_parameters").size(), learnt.get("invalid_parameters").size());
        if (status == 429) {
            // the detail names the second the limit lifts, which the two calls may straddle
            String untilThen = "You have exceeded your rate limit. You can try again at ";
            assertTrue(learnt.get("detail").asText().startsWith(untilThen), learnt::toString);
        } else if (status != 500) {
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

    /**
     * An asynchronous call, whose client filters run on the client's own thread, carries A's trace id as
     * the synchronous one does.
     */
    @ParameterizedTest(name = "{1}, B answers {0}")
    @CsvSource({"404, async", "503, async", "404, rx", "503, rx"})
    void anAsynchronousCallCarriesAsTraceIdToo(int status, String style) throws Exception {
        HttpResponse<String> viaA = new Http(serviceA()).get("/gateway/" + status + "/" + style, "traceparent",
                TRACEPARENT);
        assertEquals(200, viaA.statusCode(), viaA::body);
        JsonNode learnt = JSON.readTree(viaA.body());
        assertEquals(status, learnt.get("status").asInt(), learnt::toString);
        assertEquals(TRACE, learnt.get("instance").asText(), learnt::toString);
    }

    @Test
    void withoutATraceparentAsFreshIdStillReachesB() throws Exception {
        JsonNode learnt = JSON.readTree(new Http(serviceA()).get("/gateway/404").body());
        assertTrue(learnt.get("our_trace_id").asText().matches("[0-9a-f]{32}"), learnt::toString);
        assertEquals(learnt.get("our_trace_id").asText(), learnt.get("instance").asText());
    }

    @Test
    void aDownstreamProblemThatEscapesIsAsOwn500NeverBs() {
        HttpResponse<String> response = new Http(serviceA()).get("/gateway/escape", "traceparent", TRACEPARENT);
        ProblemResponse.of(response).status(500).instance(TRACE).type(typeBaseOfA() + "#internal-error");
        if (!typeBaseOfA().equals(SampleApp.TYPE_BASE)) {
            assertFalse(response.body().contains(SampleApp.TYPE_BASE), response.body());
        }
    }
}
