package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Protocol headers survive the translation; headers that described another body do not. */
class HeaderPolicyTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> CoreResources.application().register(ProblemFeature.class));

    @Test
    void unauthorizedKeepsWwwAuthenticate() {
        assertProblem(server.get("/errors/unauthorized")).hasStatus(401).hasSlug("unauthorized")
                .hasTitle("Invalid credentials supplied").hasDetail("You did not provide correct credentials.")
                .hasHeader("WWW-Authenticate", "Bearer realm=\"api\"");
    }

    @Test
    void rateLimitedKeepsRetryAfterAndRateLimitHeadersButNotCookiesOrBodyHeaders() {
        HttpResponse<String> response = server.get("/errors/rate-limited?retry=120");
        assertProblem(response).hasStatus(429).hasSlug("rate-limited").hasTitle("Rate Limited")
                .hasHeader("Retry-After", "120").hasHeader("X-RateLimit-Limit", "10")
                .hasHeader("Cache-Control", "no-store")
                .lacksHeader("Set-Cookie").lacksHeader("ETag").lacksHeader("Content-Encoding")
                .lacksHeader("Last-Modified");
    }

    @Test
    void rateLimitedDetailNamesTheTimeFromDeltaSeconds() {
        Instant before = Instant.now().plusSeconds(120);
        HttpResponse<String> response = server.get("/errors/rate-limited?retry=120");
        Instant after = Instant.now().plusSeconds(120);
        String detail = assertProblem(response).body().path("detail").asText();
        String prefix = "You have exceeded your rate limit. You can try again at ";
        assertTrue(detail.startsWith(prefix), detail);
        Instant at = LocalDateTime.parse(detail.substring(prefix.length()),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).toInstant(ZoneOffset.UTC);
        assertTrue(!at.isBefore(before.minusSeconds(1)) && !at.isAfter(after), detail);
    }

    @Test
    void rateLimitedDetailNamesTheTimeFromAnHttpDate() {
        assertProblem(server.get("/errors/rate-limited?retry=Wed,%2001%20Jan%202031%2005:06:07%20GMT"))
                .hasDetail("You have exceeded your rate limit. You can try again at 2031-01-01 05:06:07");
    }

    @Test
    void rateLimitedWithoutRetryAfterSaysSoWithoutATime() {
        assertProblem(server.get("/errors/rate-limited")).hasDetail("You have exceeded your rate limit.")
                .lacksHeader("Retry-After");
    }

    @Test
    void aRetryAfterDateIsWrittenAsImfFixdateWithTwoDigitDay() {
        assertProblem(server.get("/errors/unavailable")).hasStatus(503).hasSlug("service-unavailable")
                .hasHeader("Retry-After", "Wed, 02 Jan 2030 03:04:05 GMT").hasHeader("Cache-Control", "no-store");
    }

    /** A stored problem would hand one request's trace id (which a client can choose) to every later client. */
    @Test
    void noProblemIsEverStoredByACache() {
        assertProblem(server.get("/errors/status/404")).hasHeader("Cache-Control", "no-store");
        assertProblem(server.get("/errors/cacheable-conflict")).hasStatus(409).hasHeader("Cache-Control", "no-store")
                .lacksHeader("Expires");
    }

    @Test
    void aRedirectThrownAsAnExceptionIsLeftAlone() {
        HttpResponse<String> response = server.get("/errors/redirect");
        assertEquals(303, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/things"));
        assertTrue(response.headers().firstValue("X-Trace-Id").isEmpty());
    }

    @Test
    void aFilterAbortKeepsItsHeaders() {
        assertProblem(server.get("/things", "X-Test-Abort", "401")).hasStatus(401).hasSlug("unauthorized")
                .hasHeader("WWW-Authenticate", "Basic realm=\"api\"");
    }
}
