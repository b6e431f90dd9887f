package dev.problemjaxrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error responses of another service read back on the client, over real HTTP, on Jersey's and RESTEasy's
 * clients: one exception type, {@link RemoteProblemException}, whatever came back.
 */
class RemoteProblemTest {

    private static final String INSTANCE = "0af7651916cd43dd8448eb211c80319c";
    private static final String PROBLEM_JSON = "application/problem+json";
    /** The statuses of the standard's table, and a few more that a proxy or an unusual service answers. */
    private static final int[] STATUSES = {400, 401, 403, 404, 405, 406, 408, 409, 410, 413, 415, 418, 422, 429,
        499, 500, 502, 503, 504, 599};

    @RegisterExtension
    static final Downstream downstream = new Downstream();

    private static final Map<RemoteClients, Client> CLIENTS = new EnumMap<>(RemoteClients.class);

    @BeforeAll
    static void clients() {
        for (RemoteClients kind : RemoteClients.values()) {
            CLIENTS.put(kind, kind.withFeature());
        }
        for (int status : STATUSES) {
            downstream.answer("/status/" + status, status, problemOf(status), headersOf(status));
        }
        for (BodyKind kind : BodyKind.values()) {
            downstream.answer("/body/" + kind, 503, kind.body.get(), kind.sending, "Content-Type", kind.type,
                    "Retry-After", "120");
        }
        downstream.answer("/ok", 200, "{\"id\":7}", "Content-Type", "application/json", "X-Any", "1");
        downstream.answer("/created", 201, "", "Location", "/items/7");
        downstream.answer("/redirect", 302, "<a href=\"/ok\">moved</a>", "Location", "/ok", "Content-Type",
                "text/html");
        downstream.answer("/not-modified", 304, "");
        downstream.answer("/own", 403, """
                {"type":"https://example.com/errors/billing#out-of-credit","title":"You do not have enough credit",
                 "detail":"Your current balance is 30, but that costs 50.","instance":"%s"}""".formatted(INSTANCE),
                "Content-Type", PROBLEM_JSON);
    }

    @AfterAll
    static void close() {
        CLIENTS.values().forEach(Client::close);
    }

    static Stream<Arguments> everyStatusOnEveryClient() {
        return onEveryClient(() -> Arrays.stream(STATUSES).boxed());
    }

    private static Stream<Arguments> onEveryClient(java.util.function.Supplier<Stream<?>> cases) {
        return Arrays.stream(RemoteClients.values()).flatMap(client -> cases.get().map(c -> Arguments.of(client, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyStatusOnEveryClient")
    void anErrorStatusIsThrownAsRemoteProblemExceptionWithTheProblemInstanceAndProtocolHeaders(RemoteClients client,
            int status) {
        RemoteProblemException e = assertThrows(RemoteProblemException.class,
                () -> request(client, "/status/" + status).get(String.class));
        assertEquals(status, e.status());
        Problem.Builder expected = Problem.builder().type("https://example.com/errors#e" + status)
                .title("Title " + status).detail("Detail " + status);
        if (status == 422) {
            expected.invalidParameter("address.zip", "must be 5 digits").invalidParameter("name", "must not be blank");
        }
        assertEquals(expected.build(), e.problem());
        assertEquals(Optional.of(INSTANCE), e.instance());
        assertEquals(expectedHeaders(status), e.headers(), "only Retry-After, WWW-Authenticate and Allow are kept");
        assertTrue(e.getMessage().contains(status + " (its instance: " + INSTANCE + ")"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(RemoteClients.class)
    void everyInvocationStyleThrowsTheSameException(RemoteClients client) throws Exception {
        Invocation.Builder request = request(client, "/status/404");
        assertEquals(404, assertThrows(RemoteProblemException.class, () -> request.get()).status(), "get()");
        assertEquals(404, assertThrows(RemoteProblemException.class,
                () -> request(client, "/status/404").method("DELETE", Response.class)).status(), "method()");
        ExecutionException async = assertThrows(ExecutionException.class,
                () -> request(client, "/status/404").async().get(String.class).get(10, TimeUnit.SECONDS));
        assertEquals(404, remote(async).status(), "async()");
        ExecutionException rx = assertThrows(ExecutionException.class,
                () -> request(client, "/status/404").rx().get(String.class).toCompletableFuture().get(10,
                        TimeUnit.SECONDS));
        assertEquals(404, remote(rx).status(), "rx()");
    }

    /** What arrives through a future: the exception itself, possibly inside the runtime's wrapper. */
    private static RemoteProblemException remote(Throwable thrown) {
        for (Throwable cause = thrown.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RemoteProblemException remote) {
                return remote;
            }
        }
        throw new AssertionError("no RemoteProblemException in " + thrown, thrown);
    }

    /** Bodies that are not problem documents, each sent with status 503 and Retry-After: 120. */
    enum BodyKind {
        HTML_FROM_A_PROXY("text/html", "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"),
        EMPTY(PROBLEM_JSON, ""),
        JSON_OF_ANOTHER_SHAPE("application/json", "{\"error\":{\"code\":503,\"message\":\"down\"}}"),
        JSON_ARRAY(PROBLEM_JSON, "[{\"title\":\"Down\"}]"),
        INVALID_JSON(PROBLEM_JSON, "{\"title\":\"Down\",\"detail\":"),
        TRAILING_GARBAGE(PROBLEM_JSON, "{\"title\":\"Down\"} and more"),
        STATUS_AS_STRING(PROBLEM_JSON, "{\"title\":\"Down\",\"status\":\"503\",\"instance\":\"" + INSTANCE + "\"}"),
        TITLE_AS_NUMBER(PROBLEM_JSON, "{\"title\":503,\"instance\":\"" + INSTANCE + "\"}"),
        INSTANCE_AS_OBJECT(PROBLEM_JSON, "{\"title\":\"Down\",\"instance\":{\"id\":\"" + INSTANCE + "\"}}"),
        INVALID_PARAMETERS_AS_OBJECT(PROBLEM_JSON, "{\"title\":\"Down\",\"invalid_parameters\":{\"name\":\"a\"}}"),
        INVALID_PARAMETER_WITHOUT_REASON(PROBLEM_JSON, "{\"title\":\"Down\",\"invalid_parameters\":[{\"name\":\"a\"}]}"),
        BLANK_TITLE(PROBLEM_JSON, "{\"title\":\" \",\"instance\":\"" + INSTANCE + "\"}"),
        NO_TITLE(PROBLEM_JSON, "{\"type\":\"https://example.com/errors#down\",\"instance\":\"" + INSTANCE + "\"}"),
        TYPE_NOT_A_URI(PROBLEM_JSON, "{\"type\":\"not a uri\",\"title\":\"Down\"}"),
        DUPLICATE_MEMBER(PROBLEM_JSON, "{\"title\":\"Down\",\"title\":\"Up\"}"),
        DEEP_NESTING(PROBLEM_JSON, "{\"title\":\"Down\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}"),
        HUGE_NUMBER(PROBLEM_JSON, "{\"title\":\"Down\",\"x\":" + "9".repeat(5000) + "}"),
        LATIN_1(PROBLEM_JSON, "{\"title\":\"D\u00f6wn\"}".getBytes(StandardCharsets.ISO_8859_1)),
        ONE_BYTE_OVER_THE_CAP(PROBLEM_JSON, padded(64 * 1024 + 1)),
        FIVE_MEGABYTES(PROBLEM_JSON, padded(5 * 1024 * 1024)),
        ENDLESS(PROBLEM_JSON, "{\"title\":\"Down\",\"x\":\"" + "x".repeat(8192), Downstream.Sending.ENDLESS),
        STALLING_PAST_THE_READ_TIMEOUT(PROBLEM_JSON, "{\"title\":\"Down\",", Downstream.Sending.STALLING);

        final String type;
        final java.util.function.Supplier<byte[]> body;
        final Downstream.Sending sending;

        BodyKind(String type, String body) {
            this(type, body, Downstream.Sending.ALL);
        }

        BodyKind(String type, byte[] body) {
            this.type = type;
            this.body = () -> body;
            this.sending = Downstream.Sending.ALL;
        }

        BodyKind(String type, String body, Downstream.Sending sending) {
            this.type = type;
            this.body = () -> body.getBytes(StandardCharsets.UTF_8);
            this.sending = sending;
        }
    }

    static Stream<Arguments> everyBodyKindOnEveryClient() {
        // RESTEasy's Apache engine drains a body to its end when it is closed, so an endless one is never let
        // go of; see the README
        return onEveryClient(() -> Arrays.stream(BodyKind.values())).filter(
                arguments -> !(arguments.get()[0] == RemoteClients.RESTEASY && arguments.get()[1] == BodyKind.ENDLESS));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyBodyKindOnEveryClient")
    void aBodyThatIsNotAProblemGivesTheSameExceptionWithTheStatusDefaultsAndNoInstance(RemoteClients client,
            BodyKind kind) {
        RemoteProblemException e = assertThrows(RemoteProblemException.class,
                () -> request(client, "/body/" + kind).get(String.class));
        assertEquals(503, e.status());
        assertEquals(Problem.builder().title("Service unavailable").detail("The service is temporarily unavailable.")
                .build(), e.problem());
        assertEquals(Optional.empty(), e.instance());
        assertEquals(Map.of("Retry-After", List.of("120")), e.headers());
    }

    @ParameterizedTest
    @EnumSource(RemoteClients.class)
    void aProblemOfUpTo64KiBIsRead(RemoteClients client) {
        byte[] body = padded(64 * 1024);
        downstream.answer("/at-the-cap", 500, body, Downstream.Sending.ALL, "Content-Type", PROBLEM_JSON);
        RemoteProblemException e = assertThrows(RemoteProblemException.class,
                () -> request(client, "/at-the-cap").get(String.class));
        assertEquals("Down", e.problem().title());
        assertEquals(Optional.of(INSTANCE), e.instance());
    }

    @ParameterizedTest
    @EnumSource(RemoteClients.class)
    void successAndRedirectResponsesAreUntouchedByteForByte(RemoteClients client) {
        try (Response ok = request(client, "/ok").get()) {
            assertEquals(200, ok.getStatus());
            assertEquals("1", ok.getHeaderString("X-Any"));
            assertEquals("{\"id\":7}", ok.readEntity(String.class));
        }
        try (Response created = request(client, "/created").post(null)) {
            assertEquals(201, created.getStatus());
            assertEquals(URI.create("/items/7"), URI.create(created.getHeaderString("Location")));
        }
        try (Response moved = request(client, "/redirect").property("jersey.config.client.followRedirects", false)
                .get()) {
            assertEquals(302, moved.getStatus());
            assertArrayEquals("<a href=\"/ok\">moved</a>".getBytes(StandardCharsets.UTF_8),
                    moved.readEntity(byte[].class));
        }
        try (Response notModified = request(client, "/not-modified").get()) {
            assertEquals(304, notModified.getStatus());
        }
    }

    @ParameterizedTest
    @EnumSource(RemoteClients.class)
    void theApplicationFindsItsOwnTypeInItsCatalog(RemoteClients client) {
        ProblemCatalog.Builder define = ProblemCatalog.under("https://example.com/errors/billing");
        ProblemType outOfCredit = define.type(403, "out-of-credit", "You do not have enough credit");
        ProblemType sameTypeOtherStatus = ProblemType.of(402, "https://example.com/errors/billing#out-of-credit",
                "You do not have enough credit");
        ProblemCatalog catalog = define.build();
        RemoteProblemException e = assertThrows(RemoteProblemException.class,
                () -> request(client, "/own").get(String.class));
        assertTrue(e.is(outOfCredit));
        assertFalse(e.is(sameTypeOtherStatus));
        assertEquals(Optional.of(outOfCredit), e.typeIn(catalog));
        assertEquals(Optional.empty(), e.typeIn(ProblemCatalog.of(sameTypeOtherStatus)));
        // and the application raises its own exception type from it
        ProblemException own = e.typeIn(catalog).orElseThrow().exception(e.problem().detail().orElse(null));
        assertEquals(403, own.status());
    }

    @ParameterizedTest
    @EnumSource(RemoteClients.class)
    void theExceptionIsNotAProblemSourceSoAServerNeverRelaysIt(RemoteClients client) {
        RemoteProblemException e = assertThrows(RemoteProblemException.class,
                () -> request(client, "/status/404").get(String.class));
        assertFalse(ProblemSource.class.isInstance(e));
        assertFalse(jakarta.ws.rs.WebApplicationException.class.isInstance(e));
        assertInstanceOf(jakarta.ws.rs.client.ResponseProcessingException.class, e);
        try (Response response = e.getResponse()) {
            assertEquals(404, response.getStatus());
            assertFalse(response.hasEntity());
        }
    }

    @ParameterizedTest
    @EnumSource(RemoteClients.class)
    void aClientWithoutTheFeatureIsLeftAloneAlthoughTheJarIsOnTheClassPath(RemoteClients client) {
        // Jersey's through ClientBuilder.newClient(), as an application builds it: auto-discovery runs there
        Client plain = client == RemoteClients.JERSEY ? ClientBuilder.newClient() : client.builder().build();
        try {
            assertThrows(NotFoundException.class,
                    () -> plain.target(downstream.uri("/status/404")).request().get(String.class));
        } finally {
            plain.close();
        }
    }

    private static Invocation.Builder request(RemoteClients client, String path) {
        return CLIENTS.get(client).target(downstream.uri(path)).request();
    }

    private static String problemOf(int status) {
        String parameters = status != 422 ? "" : """
                ,"invalid_parameters":[{"name":"address.zip","reason":"must be 5 digits"},
                 {"name":"name","reason":"must not be blank","extra":true}]""";
        return """
                {"type":"https://example.com/errors#e%d","title":"Title %d","status":%d,"detail":"Detail %d",
                 "instance":"%s","extension":{"nested":[1,2,3]}%s}""".formatted(status, status, status, status,
                INSTANCE, parameters);
    }

    private static String[] headersOf(int status) {
        List<String> headers = new java.util.ArrayList<>(List.of("Content-Type", PROBLEM_JSON,
                "Set-Cookie", "session=1", "X-Trace-Id", INSTANCE, "Cache-Control", "no-store"));
        switch (status) {
            case 401 -> headers.addAll(List.of("WWW-Authenticate", "Bearer realm=\"api\""));
            case 405 -> headers.addAll(List.of("Allow", "GET, POST"));
            case 429, 503 -> headers.addAll(List.of("Retry-After", "60"));
            default -> { }
        }
        return headers.toArray(String[]::new);
    }

    private static Map<String, List<String>> expectedHeaders(int status) {
        return switch (status) {
            case 401 -> Map.of("WWW-Authenticate", List.of("Bearer realm=\"api\""));
            case 405 -> Map.of("Allow", List.of("GET, POST"));
            case 429, 503 -> Map.of("Retry-After", List.of("60"));
            default -> Map.of();
        };
    }

    /** A valid problem document of exactly {@code size} bytes. */
    static byte[] padded(int size) {
        String head = "{\"title\":\"Down\",\"instance\":\"" + INSTANCE + "\",\"padding\":\"";
        String tail = "\"}";
        return (head + "x".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
    }
}
