package dev.problemjaxrs.it.dropwizard;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import dev.problemjaxrs.it.conformance.ProblemResponse;
import dev.problemjaxrs.it.conformance.RequestTargets;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What both Dropwizard set-ups share: the application, started once per class, and its server's rules. */
abstract class DropwizardSuite extends ConformanceSuite {

    /** Dropwizard's default {@code server.allowedMethods} (its {@code AllowedMethodsFilter}). */
    private static final Set<String> ALLOWED_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS",
            "PATCH");

    static SecretsApplication application;

    @Override
    protected URI baseUri() {
        return application.baseUri();
    }

    /** The application connector's {@code idleTimeout} in both configuration files. */
    @Override
    protected Duration bodyReadTimeout() {
        return Duration.ofSeconds(2);
    }

    /**
     * Jetty 12.1's default URI compliance (RFC 3986 without exceptions, which Dropwizard keeps) refuses an
     * ambiguous or suspicious path with Jetty's HTML 400 before any servlet runs: an encoded dot segment,
     * slash, percent sign, NUL or other control character, an empty segment, bytes that are not UTF-8
     * ({@code HttpURI}, {@code ServletApiRequest}). Jersey's servlet layer parses Content-Type before the
     * application sees the request and answers an unparseable one with {@code sendError(400)}, which Jetty
     * renders; for a form body it asks Jetty for the request's parameters first, and Jetty refuses a query
     * that decodes to bytes that are not UTF-8 with its own 400 (reproduced here with {@code curl}). No
     * Jakarta REST provider can answer any of these.
     */
    @Override
    protected boolean containerRejects(String rawTarget, String contentType) {
        return RequestTargets.breaksStrictUriCompliance(rawTarget) || RequestTargets.unparseableMediaType(contentType)
                || isForm(contentType) && RequestTargets.queryNotUtf8(rawTarget);
    }

    private static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * Dropwizard's {@code AllowedMethodsFilter}, a servlet filter in front of Jersey, answers any other
     * method (and a lower-case one) with an empty 405 of its own.
     */
    @Override
    protected boolean containerRefusesMethod(String method) {
        return !ALLOWED_METHODS.contains(method);
    }

    // --- what Dropwizard's default exception mappers would answer, where the sample API does not go ---

    /** Dropwizard's {@code LoggingExceptionMapper<Throwable>} would answer its own 500 JSON. */
    @Test
    void anExceptionOnlyACatchAllMapsIsA500ThatLeaksNothing() {
        HttpResponse<String> response = http.get("/dropwizard/unexpected");
        ProblemResponse.of(response).status(500).type(slug("internal-error"));
        assertFalse(response.body().contains("accounts_v2"), response.body());
    }

    /** Dropwizard's {@code EmptyOptionalExceptionMapper} answers an empty 404. */
    @Test
    void anEmptyOptionalIsA404() {
        ProblemResponse.of(http.get("/dropwizard/nothing")).status(404).type(slug("not-found"));
    }

    /** Dropwizard's {@code IllegalStateExceptionMapper} answers its own 415 JSON. */
    @Test
    void aFormParameterReadFromABodyThatIsNoFormIs415() {
        ProblemResponse.of(http.postJson("/dropwizard/form", "{\"name\":\"x\"}")).status(415)
                .type(slug("content-type-header"));
    }
}
