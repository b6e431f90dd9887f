package dev.problemjaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.Invocation;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trace id travels: service A (Grizzly, ProblemFeature) calls B over real HTTP while serving a request,
 * and B sees {@code traceparent: 00-<A's trace id>-<fresh parent id>-01}, unless the request has one already.
 */
class TracePropagationTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String INCOMING_PARENT = "00f067aa0ba902b7";
    private static final String APPLICATION_TRACEPARENT = "00-11111111111111111111111111111111-2222222222222222-01";
    private static final String INSTRUMENTATION_TRACEPARENT = "00-33333333333333333333333333333333-4444444444444444-01";
    private static final String NONE = "none";
    private static final String OURS = "ours";

    @RegisterExtension
    static final Downstream downstream = new Downstream();

    @RegisterExtension
    static final TestServer serviceA = TestServer.perClass(
            () -> new ResourceConfig(Caller.class).register(ProblemFeature.class));

    private static final Map<RemoteClients, Clients> CLIENTS = new EnumMap<>(RemoteClients.class);

    /** A's clients of one kind: with the feature, with it and an instrumentation-like filter, and off. */
    record Clients(Client traced, Client instrumented, Client off) {
    }

    @BeforeAll
    static void clients() {
        for (RemoteClients kind : RemoteClients.values()) {
            CLIENTS.put(kind, new Clients(kind.withFeature(),
                    kind.withFeature().register(new InstrumentationLike()),
                    kind.withFeature(Map.of("problemjaxrs.trace.propagate", "false"))));
        }
    }

    @AfterAll
    static void close() {
        CLIENTS.values().forEach(c -> {
            c.traced.close();
            c.instrumented.close();
            c.off.close();
        });
    }

    /** Sets traceparent the way OpenTelemetry's JAX-RS client instrumentation does: a filter at the default priority. */
    @Priority(5000)
    static final class InstrumentationLike implements ClientRequestFilter {
        @Override
        public void filter(jakarta.ws.rs.client.ClientRequestContext request) {
            request.getHeaders().putSingle("traceparent", INSTRUMENTATION_TRACEPARENT);
        }
    }

    /** Service A: each path makes one call to B's {@code /echo} and answers with the traceparent B got. */
    @Path("/a/{client}")
    public static final class Caller {

        @PathParam("client")
        String client;

        private Clients clients() {
            return CLIENTS.get(RemoteClients.valueOf(client));
        }

        private Invocation.Builder echo(Client client) {
            return client.target(downstream.uri("/echo")).request();
        }

        @GET
        @Path("set")
        public String set() {
            return echo(clients().traced).get(String.class);
        }

        @GET
        @Path("already-set")
        public String alreadySet() {
            return echo(clients().traced).header("traceparent", APPLICATION_TRACEPARENT).get(String.class);
        }

        @GET
        @Path("instrumentation-present")
        public String instrumentationPresent() {
            return echo(clients().instrumented).get(String.class);
        }

        @GET
        @Path("own-id")
        public String ownId() {
            return ProblemFeature.currentTraceId().orElseThrow() + " " + set();
        }

        @GET
        @Path("off")
        public String off() {
            return echo(clients().off).get(String.class);
        }

        @GET
        @Path("async")
        public String async() throws Exception {
            return echo(clients().traced).async().get(String.class).get(10, TimeUnit.SECONDS);
        }

        @GET
        @Path("rx")
        public String rx() throws Exception {
            return echo(clients().traced).rx().get(String.class).toCompletableFuture().get(10,
                    TimeUnit.SECONDS);
        }

        @GET
        @Path("application-thread")
        public String applicationThread() {
            return CompletableFuture.supplyAsync(() -> echo(clients().traced).get(String.class)).join();
        }

        @GET
        @Path("application-thread-with-property")
        public String applicationThreadWithProperty() {
            String traceId = ProblemFeature.currentTraceId().orElseThrow();
            return CompletableFuture.supplyAsync(() -> echo(clients().traced)
                    .property(ProblemFeature.TRACE_ID_PROPERTY, traceId).get(String.class)).join();
        }
    }

    static Stream<Arguments> propagationCases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (RemoteClients kind : RemoteClients.values()) {
            cases.add(Arguments.of(kind, "set", OURS));
            cases.add(Arguments.of(kind, "already-set", APPLICATION_TRACEPARENT));
            cases.add(Arguments.of(kind, "instrumentation-present", INSTRUMENTATION_TRACEPARENT));
            cases.add(Arguments.of(kind, "off", NONE));
            // Jersey runs an async invocation's filters elsewhere, but its pre-invocation interceptor on the
            // caller's thread takes the id along; RESTEasy has no such hook: pass the request property
            cases.add(Arguments.of(kind, "async", kind == RemoteClients.JERSEY ? OURS : NONE));
            cases.add(Arguments.of(kind, "rx", kind == RemoteClients.JERSEY ? OURS : NONE));
            cases.add(Arguments.of(kind, "application-thread", NONE));
            cases.add(Arguments.of(kind, "application-thread-with-property", OURS));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("propagationCases")
    void anOutgoingRequestCarriesTheServedRequestsTraceIdUnlessItHasATraceparent(RemoteClients kind, String path,
            String expected) {
        String received = serviceA.get("/a/" + kind + "/" + path, "traceparent",
                "00-" + TRACE + "-" + INCOMING_PARENT + "-01").body();
        if (expected.equals(OURS)) {
            assertOurs(received);
        } else {
            assertEquals(expected, received);
        }
    }

    @ParameterizedTest
    @EnumSource(RemoteClients.class)
    void eachOutgoingRequestGetsAFreshParentId(RemoteClients kind) {
        String first = serviceA.get("/a/" + kind + "/set", "traceparent", "00-" + TRACE + "-" + INCOMING_PARENT
                + "-01").body();
        String second = serviceA.get("/a/" + kind + "/set", "traceparent", "00-" + TRACE + "-" + INCOMING_PARENT
                + "-01").body();
        assertOurs(first);
        assertOurs(second);
        assertNotEquals(first, second);
    }

    @ParameterizedTest
    @EnumSource(RemoteClients.class)
    void outsideARequestNothingIsAdded(RemoteClients kind) {
        URI echo = downstream.uri("/echo");
        assertEquals(NONE, CLIENTS.get(kind).traced.target(echo).request().get(String.class));
    }

    @ParameterizedTest
    @EnumSource(RemoteClients.class)
    void anUntracedRequestStillPassesItsOwnFreshIdOn(RemoteClients kind) {
        String[] idAndReceived = serviceA.get("/a/" + kind + "/own-id").body().split(" ");
        String traceId = idAndReceived[0];
        String received = idAndReceived[1];
        assertTrue(received.startsWith("00-" + traceId + "-"), received);
    }

    private static void assertOurs(String traceparent) {
        assertTrue(traceparent.matches("00-" + TRACE + "-[0-9a-f]{16}-01"), traceparent);
        String parent = traceparent.substring(36, 52);
        assertNotEquals("0".repeat(16), parent);
        assertNotEquals(INCOMING_PARENT, parent, "a fresh parent id, not the one A received");
    }
}
