package dev.problemjaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.problemjaxrs.testing.ProblemContract;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Fluent assertions on a problem response. {@link #assertProblem} checks the contract every problem must
 * meet, {@link ProblemContract}; the fluent methods check what one test expects of one response.
 */
final class ProblemAssert {

    static final String BASE = "https://problemjaxrs.dev/errors#";

    private final HttpResponse<String> response;
    private final JsonNode body;

    private ProblemAssert(HttpResponse<String> response, JsonNode body) {
        this.response = response;
        this.body = body;
    }

    static ProblemAssert assertProblem(HttpResponse<String> response) {
        return assertProblem(response, ProblemContract.standard());
    }

    /** For an application that echoes the trace id in another header (problemjaxrs.trace.response-header). */
    static ProblemAssert assertProblem(HttpResponse<String> response, String traceHeader) {
        return assertProblem(response, ProblemContract.withTraceHeader(traceHeader));
    }

    private static ProblemAssert assertProblem(HttpResponse<String> response, ProblemContract contract) {
        String context = response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " "
                + response.headers().map() + " " + response.body();
        boolean head = response.request().method().equals("HEAD");
        if (head) {
            assertEquals("", response.body(), context);
        }
        ProblemContract.Result result = contract.check(response.statusCode(),
                name -> response.headers().firstValue(name).orElse(null), head ? null : response.body(), context);
        return new ProblemAssert(response, result.body());
    }

    ProblemAssert hasStatus(int status) {
        assertEquals(status, response.statusCode(), response::body);
        return this;
    }

    ProblemAssert hasSlug(String slug) {
        return hasType(BASE + slug);
    }

    ProblemAssert hasType(String type) {
        assertEquals(type, body.path("type").asText(), response::body);
        return this;
    }

    ProblemAssert hasTitle(String title) {
        assertEquals(title, body.path("title").asText(), response::body);
        return this;
    }

    ProblemAssert hasDetail(String detail) {
        assertEquals(detail, body.path("detail").asText(null), response::body);
        return this;
    }

    ProblemAssert hasNoDetail() {
        assertFalse(body.has("detail"), response::body);
        return this;
    }

    ProblemAssert hasInstance(String traceId) {
        assertEquals(traceId, body.path("instance").asText(), response::body);
        return this;
    }

    /** @param nameReasonPairs name, reason, name, reason, ... in the expected order */
    ProblemAssert hasInvalidParameters(String... nameReasonPairs) {
        List<String> actual = new ArrayList<>();
        for (JsonNode parameter : body.path("invalid_parameters")) {
            actual.add(parameter.path("name").asText());
            actual.add(parameter.path("reason").asText());
        }
        assertEquals(List.of(nameReasonPairs), actual, response::body);
        return this;
    }

    ProblemAssert hasNoInvalidParameters() {
        assertFalse(body.has("invalid_parameters"), response::body);
        return this;
    }

    ProblemAssert hasHeader(String name, String value) {
        assertEquals(value, response.headers().firstValue(name).orElse(null), () -> name + " in " + response.headers().map());
        return this;
    }

    ProblemAssert lacksHeader(String name) {
        if (response.headers().firstValue(name).isPresent()) {
            fail(name + " must not be sent: " + response.headers().map());
        }
        return this;
    }

    JsonNode body() {
        return body;
    }

    String instance() {
        return body.path("instance").asText();
    }
}
