package dev.problemjaxrs.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The contract of every error response, checked on a response read off the wire. */
final class ProblemInvariants {

    /** How many invariants one {@link #check} verifies. */
    static final int CHECKS = 9;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MEMBERS = Set.of("type", "title", "detail", "instance", "invalid_parameters");
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    /** A Java class name, a stack frame or internals that a client must never see. */
    private static final List<Pattern> LEAKS = List.of(Pattern.compile("\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w+"),
            Pattern.compile("\\bat [\\w.$]+\\("), Pattern.compile("Exception"), Pattern.compile("hunter2|jdbc:"));

    private ProblemInvariants() {
    }

    static JsonNode check(RawHttp.Response response, String context) {
        return check(response, context, false);
    }

    static JsonNode check(RawHttp.Response response, String context, boolean head) {
        String where = context != null ? context : response.status() + " " + response.headers() + " " + response.text();
        assertTrue(String.valueOf(response.header("Content-Type")).startsWith("application/problem+json"), where);
        assertEquals("en", response.header("Content-Language"), where);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), where);
        String traceId = response.header("X-Trace-Id");
        assertTrue(traceId != null && TRACE_ID.matcher(traceId).matches(), where);
        if (head) {
            assertEquals(0, response.body().length, where);
            return JSON.createObjectNode();
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + where, e);
        }
        assertTrue(body != null && body.isObject(), where);
        body.fieldNames().forEachRemaining(name -> assertTrue(MEMBERS.contains(name), "member " + name + ": " + where));
        assertTrue(body.path("type").isTextual() && body.path("title").isTextual()
                && (!body.has("detail") || body.get("detail").isTextual()), where);
        assertEquals(traceId, body.path("instance").asText(), where);
        String text = response.text();
        for (Pattern leak : LEAKS) {
            assertFalse(leak.matcher(text.replace(body.path("type").asText(), "")).find(), "leak " + leak + ": " + where);
        }
        return body;
    }
}
