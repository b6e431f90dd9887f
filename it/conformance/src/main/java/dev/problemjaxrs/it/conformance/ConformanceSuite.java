package dev.problemjaxrs.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemjaxrs.it.app.SampleApp;
import dev.problemjaxrs.it.app.SecretsApi;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every runtime must meet, as black-box HTTP against the sample API. A runtime module
 * extends it and supplies only {@link #baseUri()}; where a runtime cannot do something, it overrides
 * the capability method with a comment, and the suite asserts exactly what it does instead.
 */
public abstract class ConformanceSuite {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    protected Http http;
    /** A fresh account per test: well-formed key, no secrets. */
    protected String account;

    /** Where the sample API is served. */
    protected abstract URI baseUri();

    /**
     * How long the runtime, as the subclass configured it, waits for a request body that stopped arriving
     * before it gives up on it. The fuzz run sends stalled bodies only when this is at most
     * {@link #STALL_BUDGET}: each one costs that long.
     */
    protected abstract Duration bodyReadTimeout();

    /** The longest body read timeout the fuzz run waits out for its stalled bodies. */
    protected static final Duration STALL_BUDGET = Duration.ofSeconds(3);

    /** The type base this runtime was configured with. */
    protected String typeBase() {
        return SampleApp.TYPE_BASE;
    }

    /** The type of 422 problems (the sample configures the standard's secret-management type). */
    protected String validationType() {
        return SecretsApi.SECRETS_TYPE + "#validation";
    }

    /**
     * Whether the request's matrix parameters are still visible to providers ({@code UriInfo}'s request
     * URI or path segments) after a conversion failure, so that the library can tell which one failed.
     * Where they are not, the runtime's answer stays: the specification's 404.
     */
    protected boolean showsMatrixParameters() {
        return true;
    }

    /**
     * Whether the runtime checks {@code Accept} against the {@code @Produces} of a method of a sub-resource
     * (one returned by a locator), as the specification's matching algorithm does (Jersey and RESTEasy do).
     * Where it does not, the request succeeds and no problem is sent; the suite asserts that 200.
     */
    protected boolean checksAcceptOnSubResources() {
        return true;
    }

    /**
     * Whether the runtime removes literal dot-segments ({@code /./}, {@code /x/../}) before the request
     * reaches Jakarta REST, so that the library never sees them and the normalised path is routed.
     */
    protected boolean normalizesDotSegments() {
        return false;
    }

    /**
     * Whether the container itself refuses a request with its own 400, before any Jakarta REST code runs
     * (Tomcat does for an encoded slash or NUL in the target). Such a request never reaches the library.
     *
     * @param contentType the request's Content-Type, or null
     */
    protected boolean containerRejects(String rawTarget, String contentType) {
        return false;
    }

    /**
     * Whether the container itself fails with its own 500 on a request with this Content-Type, before any
     * Jakarta REST code runs. Such a request never reaches the library.
     *
     * @param contentType the request's Content-Type, or null
     */
    protected boolean containerFails(String contentType) {
        return false;
    }

    /**
     * Whether the container itself refuses this request method with its own 405, before any Jakarta REST
     * code runs (Dropwizard allows only the methods of its {@code server.allowedMethods}).
     */
    protected boolean containerRefusesMethod(String method) {
        return false;
    }

    /**
     * Whether the container refuses the request with its own 400, judged on the target and any of the
     * request's headers (RESTEasy's servlet layer parses {@code Accept} before any provider runs). By
     * default, {@link #containerRejects(String, String)} on the {@code Content-Type}.
     *
     * @param header the request's value of a header, or null
     */
    protected boolean containerRejectsRequest(String rawTarget, Function<String, String> header) {
        return containerRejects(rawTarget, header.apply("Content-Type"));
    }

    @BeforeEach
    void connect() {
        http = new Http(baseUri());
        account = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /**
     * The title of a 508 on this runtime: the built-in one, unless the runtime's run sets
     * {@code PROBLEMJAXRS_TITLE_LOOP_DETECTED} in the environment (read through MicroProfile Config).
     */
    protected String loopTitle() {
        return "Loop detected";
    }

    /** The type of a catalog slug on this runtime. */
    protected String slug(String slug) {
        return typeBase() + "#" + slug;
    }

    private String secrets(String key) {
        return "/accounts/" + key + "/secrets";
    }

    // --- the standard's example responses, one per status ---

    @Test
    void malformedJsonIs400InvalidJson() {
        ProblemResponse.of(http.postJson(secrets(account), "{\"secret\":")).status(400).type(slug("invalid-json"))
                .title("Malformed JSON").detail("Malformed JSON payload.").noInvalidParameters();
    }

    @Test
    void missingCredentialsAre401KeepingWwwAuthenticate() {
        ProblemResponse.of(http.get("/accounts/" + account + "/balance")).status(401).type(slug("unauthorized"))
                .title("Invalid credentials supplied").detail("You did not provide correct credentials.")
                .header("WWW-Authenticate", "Basic realm=\"accounts\"");
    }

    @Test
    void validCredentialsPassTheSameFilter() {
        String credentials = Base64.getEncoder().encodeToString((account + ":pw").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.get("/accounts/" + account + "/balance", "Authorization",
                "Basic " + credentials);
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void tooManySecretsIs403WithTheApplicationsOwnType() {
        ProblemResponse.of(http.postJson(secrets(SecretsApi.FULL_ACCOUNT), "{\"secret\":\"Abcdefgh1\"}")).status(403)
                .type(SecretsApi.SECRETS_TYPE + "#maximum-secrets-allowed")
                .title("Maxmimum number of secrets already met")
                .detail("This account has reached maximum number of '2' allowed secrets");
    }

    @Test
    void anUnknownApiKeyIs404InvalidApiKey() {
        ProblemResponse.of(http.get(secrets("ABC123"))).status(404).type(slug("invalid-api-key"))
                .title("Invalid API Key").detail("API key 'ABC123' does not exist, or you do not have access");
    }

    @Test
    void aWrongVerbIs405NamingTheMethod() {
        ProblemResponse problem = ProblemResponse.of(http.send("DELETE", secrets(account), null)).status(405)
                .type(slug("wrong-verb")).title("Request method not allowed")
                .detail("Request method 'DELETE' not supported");
        assertAllows(problem, "GET", "POST");
    }

    /**
     * The {@code Allow} header lists exactly these methods, in any order, besides {@code HEAD} and
     * {@code OPTIONS} (which runtimes answer themselves and list or not).
     */
    private static void assertAllows(ProblemResponse problem, String... methods) {
        Set<String> allowed = new TreeSet<>(Set.of(problem.headerValue("Allow").split(",\\s*")));
        allowed.removeAll(Set.of("HEAD", "OPTIONS"));
        assertEquals(new TreeSet<>(Set.of(methods)), allowed, "Allow");
    }

    @Test
    void anUnacceptableAcceptIs406() {
        ProblemResponse.of(http.get(secrets(account), "Accept", "application/xml"))
                .status(406).type(slug("accept-header")).title("Invalid Accept header")
                .detail("Invalid Accept header provided. Must be one of the following: 'application/json'");
    }

    @Test
    void aConflictIs409WithTheApplicationsDetail() {
        ProblemResponse.of(http.send("PUT", "/accounts/" + account + "/jobs/7", "{}", "Content-Type",
                "application/json")).status(409).type(slug("conflict")).title("Conflict")
                .detail("This resource cannot be updated once the job has started running");
    }

    @Test
    void aRemovedResourceIs410() {
        ProblemResponse.of(http.get("/accounts/" + account + "/reports/legacy")).status(410).type(slug("gone"))
                .title("Gone").detail("The resource at this location no longer exists");
    }

    @Test
    void anUnsupportedContentTypeIs415() {
        ProblemResponse.of(http.send("POST", secrets(account), "secret=x", "Content-Type", "text/plain"))
                .status(415).type(slug("content-type-header")).title("Invalid Content-Type header")
                .detail("Invalid Content-Type header provided. Must be one of the following: 'application/json'")
                .header("Accept", "application/json");
    }

    // --- what the addressed resource supports: several methods on a path, locators, interfaces, media types ---

    private String webhooks(String rest) {
        return "/accounts/" + account + "/webhooks" + rest;
    }

    @Test
    void aWrongVerbOnAnInterfaceDeclaredResourceListsItsMethods() {
        assertAllows(ProblemResponse.of(http.send("DELETE", "/accounts/" + account + "/audit", null)).status(405)
                .detail("Request method 'DELETE' not supported"), "GET");
    }

    @Test
    void aWrongVerbBesideASubResourceLocatorListsTheMethodsOfThatPathOnly() {
        assertAllows(ProblemResponse.of(http.send("DELETE", webhooks(""), null)).status(405), "GET", "POST");
        assertAllows(ProblemResponse.of(http.send("POST", webhooks("/h-1"), "{}", "Content-Type", "application/json"))
                .status(405), "DELETE", "GET", "PUT");
        assertAllows(ProblemResponse.of(http.send("DELETE", webhooks("/h-1/deliveries"), null)).status(405), "GET");
    }

    @Test
    void anUnacceptableAcceptListsTheMethodsOwnProducesOverTheClasses() {
        HttpResponse<String> response = http.get(webhooks("/h-1"), "Accept", "application/xml");
        if (!checksAcceptOnSubResources()) {
            assertEquals(200, response.statusCode(), response.body());
            return;
        }
        ProblemResponse.of(response).status(406)
                .detail("Invalid Accept header provided. Must be one of the following: 'application/json', 'text/csv'");
    }

    @Test
    void anUnsupportedContentTypeListsTheMethodsOwnConsumesOverTheInterfaces() {
        ProblemResponse.of(http.send("PUT", webhooks("/h-1"), "{}", "Content-Type", "application/json")).status(415)
                .detail("Invalid Content-Type header provided. Must be one of the following: "
                        + "'application/merge-patch+json'").header("Accept", "application/merge-patch+json");
        ProblemResponse.of(http.send("POST", webhooks(""), "x", "Content-Type", "text/plain")).status(415)
                .detail("Invalid Content-Type header provided. Must be one of the following: 'application/json'")
                .header("Accept", "application/json");
    }

    @Test
    void aWildcardSubtypeIsListedAsDeclared() {
        ProblemResponse.of(http.send("POST", webhooks("/h-1/notes"), "{}", "Content-Type", "application/json"))
                .status(415).detail("Invalid Content-Type header provided. Must be one of the following: 'text/*'")
                .header("Accept", "text/*");
    }

    @Test
    void anInvalidSecretIs422ExactlyAsTheStandardShowsIt() {
        ProblemResponse.of(http.postJson(secrets(account), "{\"secret\":\"abcdefgh\"}")).status(422)
                .type(validationType()).title("Bad Request").detail("The request failed due to validation errors")
                .invalidParameters("secret", "must contain 1 upper case character");
    }

    /** The same answer whether the resource fails at once or in an asynchronous stage. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/usage", "/usage/async"})
    void aRateLimitIs429KeepingRetryAfterAndNotCacheable(String path) {
        ProblemResponse.of(http.get("/accounts/" + account + path)).status(429).type(slug("rate-limited"))
                .title("Rate Limited").detailStartsWith("You have exceeded your rate limit. You can try again at ")
                .header("Retry-After", "60").header("X-RateLimit-Remaining", "0").header("Cache-Control", "no-store");
    }

    @Test
    void anAsyncNotAuthorizedKeepsWwwAuthenticate() {
        ProblemResponse.of(http.get("/accounts/" + account + "/session/async")).status(401).type(slug("unauthorized"))
                .header("WWW-Authenticate", "Basic realm=\"accounts\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/reports/moved", "/reports/moved/async"})
    void aRedirectThrownAsAnExceptionKeepsItsStatusAndLocation(String path) {
        HttpResponse<String> response = http.get("/accounts/" + account + path);
        assertEquals(303, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/accounts/" + account
                + "/reports/current"), response.headers().map()::toString);
        assertTrue(!response.headers().firstValue("Content-Type").orElse("").contains("problem"),
                response.headers().map()::toString);
    }

    @Test
    void anUnexpectedExceptionIs500AndLeaksNothing() {
        ProblemResponse.of(http.get("/accounts/" + account + "/crash")).status(500).type(slug("internal-error"))
                .title("Internal Server Error").header("Cache-Control", "no-store");
    }

    // --- errors the runtime or the application raise without a body ---

    @Test
    void anUnmatchedRouteIs404() {
        ProblemResponse.of(http.get("/no/such/route")).status(404).type(slug("not-found")).title("Not Found");
    }

    @Test
    void aBodilessNotFoundFromTheApplicationBecomesAProblem() {
        ProblemResponse.of(http.get(secrets(account) + "/s-unknown")).status(404).type(slug("not-found"));
    }

    @Test
    void aBodilessServiceUnavailableKeepsRetryAfter() {
        ProblemResponse.of(http.get("/accounts/" + account + "/maintenance")).status(503)
                .type(slug("service-unavailable")).header("Retry-After", "120").header("Cache-Control", "no-store");
    }

    // --- input errors ---

    @Test
    void bodyFieldsAreNamedByTheirJsonPath() {
        String body = """
                {"display_name":"","address":{"zip":"1"},"contacts":[{"email":"a@b.example","priority":1},
                {"email":"not-an-email","priority":1}]}""";
        ProblemResponse.of(http.postJson("/accounts/" + account + "/profile", body)).status(422)
                .invalidParameters("address.zip", "must be 5 digits",
                        "contacts[1].email", "must be a well-formed email address",
                        "display_name", "must not be blank");
    }

    /**
     * A member the client's JSON repeats is the client's to fix, and named: Jackson 2 refuses it where it
     * fills a record ({@code must appear only once}); JSON-B keeps the last value, which the rules judge.
     */
    @Test
    void aRepeatedMemberIs422NamingIt() {
        ProblemResponse problem = ProblemResponse.of(http.postJson(secrets(account),
                "{\"secret\":\"Abcdefgh1\",\"secret\":\"x\"}")).status(422).type(validationType());
        List<String> names = new ArrayList<>();
        problem.body().path("invalid_parameters").forEach(parameter -> names.add(parameter.path("name").asText()));
        assertTrue(!names.isEmpty() && names.stream().allMatch("secret"::equals), problem.body().toString());
    }

    @Test
    void aMistypedFieldIs422() {
        ProblemResponse.of(http.postJson("/accounts/" + account + "/profile",
                "{\"display_name\":\"a\",\"age\":\"old\"}")).status(422).type(validationType())
                .invalidParameters("age", "must be an integer");
    }

    @Test
    void anUnknownEnumValueNamesTheAllowedOnes() {
        ProblemResponse.of(http.postJson("/accounts/" + account + "/profile",
                "{\"display_name\":\"a\",\"plan\":\"GOLD\"}")).status(422)
                .invalidParameters("plan", "must be one of: FREE, TEAM, ENTERPRISE");
    }

    @Test
    void aMistypedFieldInAListElementIsNamedByItsJsonPath() {
        ProblemResponse.of(http.postJson("/accounts/" + account + "/profile",
                "{\"display_name\":\"a\",\"contacts\":[{\"email\":\"a@b.example\",\"priority\":1},"
                        + "{\"email\":\"c@d.example\",\"priority\":\"high\"}]}")).status(422).type(validationType())
                .invalidParameters("contacts[1].priority", "must be an integer");
    }

    @Test
    void aFieldOfTheWrongJsonKindIsNamed() {
        ProblemResponse.of(http.postJson("/accounts/" + account + "/profile",
                "{\"display_name\":\"a\",\"address\":[\"1 Main St\"]}")).status(422)
                .invalidParameters("address", "must be an object");
    }

    @Test
    void aClassLevelConstraintOnTheBodyIsNamedBody() {
        ProblemResponse.of(http.postJson(secrets(account) + "/rotate", "{\"current\":\"Abc12345\",\"next\":\"Abc12345\"}"))
                .status(422).invalidParameters("body", "the new secret must differ from the current one");
    }

    @Test
    void annotationsDeclaredOnAnInterfaceAndBeanParamFieldsNameTheParameters() {
        ProblemResponse.of(http.get("/accounts/" + account + "/audit?actor=ab&page_size=500&page=0")).status(422)
                .invalidParameters("actor", "must have at least 3 characters",
                        "page", "must be greater than or equal to 1",
                        "page_size", "must be less than or equal to 50");
    }

    @Test
    void aViolatedReturnValueIsAServerErrorThatLeaksNothing() {
        ProblemResponse.of(http.get("/accounts/" + account + "/audit/summary")).status(500)
                .type(slug("internal-error")).noInvalidParameters();
    }

    @Test
    void aFailureWhileWritingTheBodyIsAServerErrorThatLeaksNothing() {
        ProblemResponse response = ProblemResponse.of(http.get("/accounts/" + account + "/audit/export")).status(500)
                .type(slug("internal-error")).noInvalidParameters();
        assertTrue(!response.body().toString().contains("10.0.0.7"), response.body().toString());
    }

    @Test
    void anEmptyBodyWhereOneIsRequiredIsMalformed() {
        ProblemResponse.of(http.postJson(secrets(account), "")).status(400).type(slug("invalid-json"));
    }

    @Test
    void aQueryParameterOutOfRangeIsNamedByItsAnnotation() {
        ProblemResponse.of(http.get(secrets(account) + "?limit=500")).status(422)
                .invalidParameters("limit", "must be less than or equal to 100");
    }

    @Test
    void aQueryParameterThatDoesNotConvertIsABadRequestNamingIt() {
        ProblemResponse.of(http.get(secrets(account) + "?limit=ten")).status(400).type(slug("bad-request"))
                .invalidParameters("limit", "must be an integer");
    }

    @Test
    void aHeaderParameterThatDoesNotConvertIsABadRequest() {
        ProblemResponse.of(http.get("/accounts/" + account + "/usage", "X-Page", "two")).status(400)
                .type(slug("bad-request")).invalidParameters("X-Page", "must be an integer");
    }

    @Test
    void aMatrixParameterThatDoesNotConvertIsABadRequestNamingIt() {
        ProblemResponse problem = ProblemResponse.of(http.get(secrets(account) + ";page=two"));
        if (!showsMatrixParameters()) {
            problem.status(404).type(slug("not-found")).noInvalidParameters();
            return;
        }
        problem.status(400).type(slug("bad-request")).invalidParameters("page", "must be an integer");
    }

    @Test
    void anEnumQueryParameterOfASubResourceNamesTheAllowedValues() {
        ProblemResponse.of(http.get(webhooks("/h-1/deliveries?state=LOST"))).status(400).type(slug("bad-request"))
                .invalidParameters("state", "must be one of: PENDING, DELIVERED, FAILED");
    }

    @Test
    void aPathParameterThatDoesNotConvertIs404() {
        ProblemResponse.of(http.send("PUT", "/accounts/" + account + "/jobs/seven", "{}", "Content-Type",
                "application/json")).status(404).type(slug("not-found"));
    }

    // --- hostile requests ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/accounts/{key}/%2e%2e/secrets", "/accounts%2f{key}/secrets", "/accounts/{key}/sec%00rets",
            "/accounts/{key}/%252e%252e/secrets", "/accounts/{key}/./secrets", "/accounts/x/../{key}/secrets"})
    void anAmbiguousRequestTargetIs400DeceptiveRouting(String path) {
        RawHttp raw = new RawHttp(baseUri());
        String target = raw.prefix() + path.replace("{key}", account);
        RawHttp.Response response = raw.send("GET", target, null);
        if (normalizesDotSegments() && (path.contains("/./") || path.contains("/../"))) {
            assertEquals(200, response.status(), "routed as the normalised path: " + response.text());
            return;
        }
        assertEquals(400, response.status(), response.text());
        if (containerRejectsRequest(target, header -> null)) {
            assertEquals(null, response.header("X-Trace-Id"), "expected the container's own answer");
        } else {
            assertEquals(slug("deceptive-routing"), ProblemInvariants.check(response, null).path("type").asText());
        }
    }

    /**
     * An Accept or Content-Type that does not parse is the client's error wherever it is sent: to a resource,
     * and to a target that matches nothing (where a runtime that checks requests after matching sees it
     * only when the 404 is answered).
     */
    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        "Accept|x/y/z|a resource|accept-header",
        "Accept|application/json;q=abc|nothing|accept-header",
        "Content-Type|foo;;|a resource|content-type-header",
        "Content-Type|foo;;|nothing|content-type-header"})
    void anUnparseableHeaderIs400WhereverItIsSent(String header, String value, String target, String slugName) {
        String path = target.equals("nothing") ? "/no-such-resource/" + account : secrets(account);
        HttpResponse<String> response = header.equals("Accept") ? http.get(path, header, value)
                : http.send("POST", path, "{}", header, value);
        assertEquals(400, response.statusCode(), response.body());
        // a container that parses the header itself (RESTEasy's servlet layer) may answer first, depending on
        // whether the target matched: its own 400 is allowed where it is expected, the library's always
        boolean containersOwn = response.headers().firstValue("X-Trace-Id").isEmpty();
        if (!containersOwn || !containerRejectsRequest(path, name -> name.equalsIgnoreCase(header) ? value : null)) {
            ProblemResponse.of(response).status(400).type(slug(slugName));
        }
    }

    /**
     * A client that stops sending in the middle of its body and leaves the connection open: once the
     * runtime stops waiting, the read failed on the client's side, a 400, not a server error.
     */
    @Test
    void aBodyThatStallsIsABadRequestOnceTheServerStopsWaiting() {
        assertTrue(bodyReadTimeout().compareTo(STALL_BUDGET) <= 0, "configure a short body read timeout");
        RawHttp raw = new RawHttp(baseUri());
        RawHttp.Response response;
        try {
            response = raw.sendStalled("POST", raw.prefix() + secrets(account),
                    "{\"secret\":".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json",
                    "Content-Length", "100");
        } catch (UncheckedIOException e) {
            assertEquals(-1, containerAnswersStalledBodies(), "no answer: " + e);
            return;
        }
        if (containerAnswersStalledBodies() > 0) {
            assertEquals(containerAnswersStalledBodies(), response.status(), response.text());
            assertEquals(null, response.header("X-Trace-Id"), "expected the container's own answer");
            return;
        }
        assertEquals(400, response.status(), response.text());
        assertEquals(slug("bad-request"), ProblemInvariants.check(response, null).path("type").asText());
        assertEquals("The request body could not be read completely.",
                ProblemInvariants.check(response, null).path("detail").asText());
    }

    /**
     * How the runtime itself answers a request whose body stalled, where no provider can: 0 when the read
     * fails inside Jakarta REST code and the library answers, -1 when the runtime ends the connection
     * without an answer, else the status of its own answer.
     */
    protected int containerAnswersStalledBodies() {
        return 0;
    }

    @Test
    void fuzzedRequestsKeepTheContract() {
        long seed = Long.getLong("it.fuzz.seed", 20261123L);
        int count = Integer.getInteger("it.fuzz.requests", 200);
        RawHttp raw = new RawHttp(baseUri());
        Fuzzer fuzzer = new Fuzzer(seed, raw.prefix(), bodyReadTimeout().compareTo(STALL_BUDGET) <= 0);
        int invariants = 0;
        int rejectedByContainer = 0;
        int stalled = 0;
        for (int i = 0; i < count; i++) {
            Fuzzer.Request request = fuzzer.next();
            RawHttp.Response response;
            String[] headers = request.headers().toArray(new String[0]);
            stalled += request.stalled() ? 1 : 0;
            try {
                response = request.stalled() ? raw.sendStalled(request.method(), request.target(), request.body(), headers)
                        : raw.send(request.method(), request.target(), request.body(), headers);
            } catch (UncheckedIOException e) {
                // broken framing: a container may close the connection without answering (Quarkus's Vert.x);
                // one that refuses a request before reading its body may close while a large body is sent
                assertTrue(request.misframed() || containerRejectsRequest(request.target(), request::header),
                        () -> request.describe() + ": " + e);
                rejectedByContainer++;
                continue;
            }
            String context = "request " + i + " of seed " + seed + ": " + request.describe() + " -> "
                    + response.status() + " " + response.headers() + " "
                    + response.text().substring(0, Math.min(1200, response.text().length()));
            // a target the container refuses is refused first, whatever the Content-Type
            if (containerFails(request.header("Content-Type")) && response.header("X-Trace-Id") == null
                    && !containerRejects(request.target(), request.header("Content-Type"))) {
                assertEquals(500, response.status(), context);
                rejectedByContainer++;
                continue;
            }
            assertTrue(response.status() < 500, "client input must not cause a server error: " + context);
            invariants++;
            if (request.misframed() && response.header("X-Trace-Id") == null) {
                // broken framing is the container's to refuse, before any Jakarta REST code runs
                // (a stalled body the container times out on: its own answer, if it has one)
                assertTrue(response.status() == 400 || request.stalled()
                        && response.status() == containerAnswersStalledBodies(), context);
                rejectedByContainer++;
            } else if (containerRejectsRequest(request.target(), request::header)
                    && response.header("X-Trace-Id") == null) {
                assertEquals(400, response.status(), context);
                rejectedByContainer++;
            } else if (containerRefusesMethod(request.method()) && response.header("X-Trace-Id") == null) {
                assertEquals(405, response.status(), context);
                rejectedByContainer++;
            } else if (response.status() >= 400) {
                invariants += ProblemInvariants.count(response, context, request.method().equals("HEAD"));
                if (request.traceId() != null && !request.method().equals("HEAD")) {
                    assertEquals(request.traceId(), response.header("X-Trace-Id"), context);
                    invariants++;
                }
            }
        }
        System.out.printf("fuzz %s: %d requests (%d with a stalled body; %d refused by the container itself),"
                + " %d invariants checked, 0 failures (seed %d)%n", getClass().getSimpleName(), count, stalled,
                rejectedByContainer, invariants, seed);
    }

    @Test
    void concurrentRequestsNeverMixTraceIds() throws Exception {
        int clients = 16;
        int perClient = Integer.getInteger("it.concurrency.requests", 2000) / clients;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    String previous = null;
                    for (int i = 0; i < perClient; i++) {
                        // every other request carries no trace header: it must get a fresh id, never the last one
                        String trace = i % 2 == 0 ? randomTrace() : null;
                        HttpResponse<String> response = trace == null ? http.get("/no/such/route")
                                : http.get("/no/such/route", "traceparent", "00-" + trace + "-00f067aa0ba902b7-01");
                        String instance = ProblemResponse.of(response).status(404).instance();
                        if (trace != null) {
                            assertEquals(trace, instance);
                        } else {
                            assertNotEquals(previous, instance);
                        }
                        previous = instance;
                    }
                    return perClient;
                }));
            }
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(5, TimeUnit.MINUTES);
            }
            System.out.printf("concurrency %s: %d requests from %d clients, 0 trace id mismatches%n",
                    getClass().getSimpleName(), total, clients);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String randomTrace() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%016x%016x", random.nextLong() | 1L, random.nextLong());
    }

    // --- negotiation, tracing, success ---

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"application/json", "text/html", "application/xml", "*/*"})
    void theProblemIsSentWhateverTheClientAccepts(String accept) {
        ProblemResponse.of(http.get("/no/such/route", "Accept", accept)).status(404);
        // the resource produces only JSON: a client that accepts none of it gets a 406, as a problem
        boolean acceptsJson = accept.equals("application/json") || accept.equals("*/*");
        ProblemResponse.of(http.get("/accounts/" + account + "/crash", "Accept", accept))
                .status(acceptsJson ? 500 : 406);
    }

    /**
     * The application's own code (here a resource method, on whatever thread the runtime runs it) sees
     * the trace id of the request it serves, and never the previous request's.
     */
    @Test
    void theApplicationSeesItsRequestsTraceId() throws Exception {
        String path = "/accounts/" + account + "/audit";
        assertEquals(TRACE, traceIdSeenByApplication(http.get(path, "traceparent",
                "00-" + TRACE + "-00f067aa0ba902b7-01")));
        String fresh = traceIdSeenByApplication(http.get(path));
        assertTrue(fresh.matches("[0-9a-f]{32}") && !fresh.equals(TRACE), fresh);
    }

    private static String traceIdSeenByApplication(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body()).path("trace_id").asText();
    }

    @Test
    void theInstanceIsTheTraceparentsTraceId() {
        ProblemResponse.of(http.get("/no/such/route", "traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01"))
                .instance(TRACE);
    }

    @ParameterizedTest(name = "traceparent {0}")
    @ValueSource(strings = {"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", "garbage"})
    void anInvalidTraceparentStartsAFreshTrace(String traceparent) {
        String instance = ProblemResponse.of(http.get("/no/such/route", "traceparent", traceparent)).instance();
        assertNotEquals(TRACE, instance);
    }

    @Test
    void successIsUntouched() {
        HttpResponse<String> response = http.get(secrets(SecretsApi.FULL_ACCOUNT));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.body().contains("\"s-1\""), response.body());
        assertTrue(response.headers().firstValue("X-Trace-Id").isEmpty(), response.headers().map()::toString);
    }

    @Test
    void aCreatedSecretIsCreated() {
        HttpResponse<String> response = http.postJson(secrets(account), "{\"secret\":\"Abcdefgh1\"}");
        assertEquals(201, response.statusCode(), response.body());
        assertTrue(List.of(response.body().split("\"")).contains("id"), response.body());
    }

    @Test
    void aTitleCanBeRewordedFromTheEnvironment() {
        ProblemResponse.of(http.get("/accounts/" + account + "/loop")).status(508).type(slug("loop-detected"))
                .title(loopTitle());
    }

    // --- the API's own errors, every way an application raises them ---

    private String billing(String rest) {
        return "/accounts/" + account + "/billing" + rest;
    }

    @Test
    void aDomainExceptionImplementingProblemSourceIsItsProblem() {
        ProblemResponse.of(http.send("POST", billing("/calls"), null, "traceparent", TRACEPARENT)).status(403)
                .type("https://example.com/Error#out-of-credit").title("You do not have enough credit")
                .detail("Your current balance is 30, but that costs 50.").instance(TRACE);
    }

    @Test
    void aDomainExceptionFromAnAsyncStageIsItsProblem() {
        ProblemResponse.of(http.send("POST", billing("/calls/async"), null, "traceparent", TRACEPARENT)).status(403)
                .type("https://example.com/Error#out-of-credit")
                .detail("Your current balance is 30, but that costs 50.").instance(TRACE);
    }

    @Test
    void anApplicationMapperReturningAProblemGivesThatProblem() {
        ProblemResponse.of(http.get(billing("/invoices/i-7"), "traceparent", TRACEPARENT)).status(404)
                .type(slug("invoice-not-found")).title("Invoice not found").detail("There is no such invoice")
                .instance(TRACE);
    }

    @Test
    void aFilterAbortingWithAProblemGivesThatProblem() {
        ProblemResponse.of(http.get(billing("/frozen"), "traceparent", TRACEPARENT)).status(403)
                .type(slug("account-frozen")).title("Account frozen").detail("This account is frozen")
                .instance(TRACE);
    }

    @Test
    void anAsyncResponseResumedWithAProblemGivesThatProblemAndItsHeaders() {
        ProblemResponse.of(http.get(billing("/quota"), "traceparent", TRACEPARENT)).status(429)
                .type(slug("rate-limited")).title("Rate Limited")
                .detail("You have used all 100 calls of this minute").header("Retry-After", "30")
                .header("Cache-Control", "no-store").instance(TRACE);
    }
}
