package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The instance is the request's trace id; hostile trace headers are ignored, never echoed. */
class TraceIdTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> CoreResources.application().register(ProblemFeature.class));

    @Test
    void aValidTraceparentGivesTheInstance() {
        assertProblem(server.get("/nope", "traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")).hasInstance(TRACE);
    }

    @Test
    void aLaterTraceparentVersionIsReadAtTheVersion00Positions() {
        assertProblem(server.get("/nope", "traceparent", "01-" + TRACE + "-00f067aa0ba902b7-01-extra"))
                .hasInstance(TRACE);
    }

    @ParameterizedTest(name = "request id {0}")
    @ValueSource(strings = {"4BF92F3577B34DA6A3CE929D0E0E4736", "4bf92f35-77b3-4da6-a3ce-929d0e0e4736"})
    void aHexOrUuidRequestIdIsNormalised(String requestId) {
        assertProblem(server.get("/nope", "X-Request-Id", requestId)).hasInstance(TRACE);
    }

    @Test
    void traceparentWinsOverTheRequestId() {
        assertProblem(server.get("/nope", "traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01",
                "X-Request-Id", "11111111111111111111111111111111")).hasInstance(TRACE);
    }

    @ParameterizedTest(name = "traceparent {0}")
    @ValueSource(strings = {
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-",
        "00-4bf92f3577b34da6a3ce929d0e0e47zz-00f067aa0ba902b7-01",
        "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01",
        "garbage"})
    void anInvalidTraceparentStartsANewTrace(String traceparent) {
        String instance = assertProblem(server.get("/nope", "traceparent", traceparent)).instance();
        assertNotEquals(TRACE, instance);
        assertNotEquals(TRACE.toUpperCase(), instance);
    }

    @ParameterizedTest(name = "request id {0}")
    @ValueSource(strings = {"00000000000000000000000000000000", "short", "4bf92f3577b34da6a3ce929d0e0e4736aa",
            "4bf92f35-77b3-4da6-a3ce-929d0e0e473g", "<script>alert(1)</script>"})
    void anInvalidRequestIdIsIgnored(String requestId) {
        // An ignored id gives a fresh random instance per request. Any id derived from the header (truncated,
        // stripped of dashes, lower-cased) would be the same for the same header: two requests must differ.
        String first = assertProblem(server.get("/nope", "X-Request-Id", requestId)).instance();
        String second = assertProblem(server.get("/nope", "X-Request-Id", requestId)).instance();
        assertNotEquals(first, second, "an id derived from X-Request-Id " + requestId);
        String hex = requestId.replace("-", "").toLowerCase();
        assertNotEquals(hex.substring(0, Math.min(32, hex.length())), first, "the request id, normalised");
    }

    @Test
    void aKilobytesLongTraceparentIsIgnored() {
        String huge = "00-" + TRACE + "-00f067aa0ba902b7-01" + "a".repeat(8000);
        assertNotEquals(TRACE, assertProblem(server.get("/nope", "traceparent", huge)).instance());
    }

    @Test
    void aRepeatedTraceparentIsAmbiguousAndIgnored() {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/nope"))
                .header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
                .header("traceparent", "00-11111111111111111111111111111111-00f067aa0ba902b7-01").build();
        String instance = assertProblem(server.send(request)).instance();
        assertNotEquals(TRACE, instance);
        assertNotEquals("11111111111111111111111111111111", instance);
    }

    @Test
    void requestsWithoutTraceHeadersGetDistinctFreshIds() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ids.add(assertProblem(server.get("/nope")).instance());
        }
        assertEquals(50, ids.size());
    }

    @Test
    void concurrentRequestsEachGetTheirOwnTraceId() throws Exception {
        int clients = 16;
        int perClient = Integer.getInteger("test.concurrency.requests", 4000) / clients;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < perClient; i++) {
                        boolean traced = ThreadLocalRandom.current().nextBoolean();
                        String trace = randomTrace();
                        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(
                                i % 3 == 0 ? "/errors/boom" : i % 3 == 1 ? "/nope" : "/errors/status/409"))
                                .timeout(Duration.ofSeconds(30));
                        if (traced) {
                            request.header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01");
                        }
                        String instance = assertProblem(server.send(request.build())).instance();
                        if (traced) {
                            assertEquals(trace, instance);
                        } else {
                            assertNotEquals(trace, instance);
                        }
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            assertEquals(clients * perClient, total);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String randomTrace() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%016x%016x", random.nextLong() | 1, random.nextLong());
    }
}
