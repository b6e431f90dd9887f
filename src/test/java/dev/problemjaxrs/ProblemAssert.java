package dev.problemjaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Fluent assertions on a problem response. {@link #assertProblem} already checks the contract every
 * problem must meet: the media type and language, the required members with exact JSON types, no
 * member beyond the standard's, and an instance that is the trace id echoed in {@code X-Trace-Id}.
 */
final class ProblemAssert {

    static final String BASE = "https://problemjaxrs.dev/errors#";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MEMBERS = Set.of("type", "title", "detail", "instance", "invalid_parameters");

    private final HttpResponse<String> response;
    private final JsonNode body;

    private ProblemAssert(HttpResponse<String> response, JsonNode body) {
        this.response = response;
        this.body = body;
    }

    static ProblemAssert assertProblem(HttpResponse<String> response) {
        String context = response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " "
                + response.headers().map() + " " + response.body();
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), context);
        assertEquals("en", response.headers().firstValue("Content-Language").orElse(""), context);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), context);
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("body is not JSON: " + context, e);
        }
        assertTrue(body != null && body.isObject(), context);
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            assertTrue(MEMBERS.contains(name), "unexpected member " + name + ": " + context);
        }
        assertTrue(body.path("type").isTextual() && !body.path("type").asText().isBlank(), context);
        assertTrue(body.path("title").isTextual() && !body.path("title").asText().isBlank(), context);
        assertTrue(body.path("instance").asText().matches("[0-9a-f]{32}"), "instance: " + context);
        assertFalse(body.path("instance").asText().equals("0".repeat(32)), context);
        assertTrue(!body.has("detail") || body.get("detail").isTextual(), context);
        assertEquals(body.path("instance").asText(), response.headers().firstValue("X-Trace-Id").orElse(null),
                "trace header: " + context);
        return new ProblemAssert(response, body);
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
            assertEquals(Set.of("name", "reason"), iteratorToSet(parameter.fieldNames()), response::body);
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

    private static Set<String> iteratorToSet(Iterator<String> names) {
        Set<String> set = new java.util.HashSet<>();
        names.forEachRemaining(set::add);
        return set;
    }
}
