package dev.problemjaxrs.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.problemjaxrs.testing.ProblemContract;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A response that must be a problem document. Creating one checks the contract shared by every
 * problem, {@link ProblemContract}; the fluent methods check one row of the status table at a time.
 */
public final class ProblemResponse {

    private final HttpResponse<String> response;
    private final JsonNode body;
    private final String context;

    private ProblemResponse(HttpResponse<String> response) {
        this.response = response;
        this.context = response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " "
                + response.headers().map() + " " + response.body();
        this.body = ProblemContract.standard().check(response.statusCode(),
                name -> response.headers().firstValue(name).orElse(null), response.body(), context).body();
    }

    public static ProblemResponse of(HttpResponse<String> response) {
        return new ProblemResponse(response);
    }

    public ProblemResponse status(int status) {
        assertEquals(status, response.statusCode(), context);
        return this;
    }

    public ProblemResponse type(String type) {
        assertEquals(type, body.path("type").asText(), context);
        return this;
    }

    public ProblemResponse title(String title) {
        assertEquals(title, body.path("title").asText(), context);
        return this;
    }

    public ProblemResponse detail(String detail) {
        assertEquals(detail, body.path("detail").asText(null), context);
        return this;
    }

    public ProblemResponse detailStartsWith(String prefix) {
        assertTrue(body.path("detail").asText("").startsWith(prefix), context);
        return this;
    }

    public ProblemResponse instance(String traceId) {
        assertEquals(traceId, body.path("instance").asText(), context);
        return this;
    }

    /** @param nameReasonPairs name, reason, name, reason, ... in order */
    public ProblemResponse invalidParameters(String... nameReasonPairs) {
        List<String> actual = new ArrayList<>();
        for (JsonNode parameter : body.path("invalid_parameters")) {
            actual.add(parameter.path("name").asText());
            actual.add(parameter.path("reason").asText());
        }
        assertEquals(List.of(nameReasonPairs), actual, context);
        return this;
    }

    public ProblemResponse noInvalidParameters() {
        assertFalse(body.has("invalid_parameters"), context);
        return this;
    }

    public ProblemResponse header(String name, String value) {
        assertEquals(value, response.headers().firstValue(name).orElse(null), context);
        return this;
    }

    public ProblemResponse noHeader(String name) {
        assertTrue(response.headers().firstValue(name).isEmpty(), context);
        return this;
    }

    public String headerValue(String name) {
        return response.headers().firstValue(name).orElse("");
    }

    public String instance() {
        return body.path("instance").asText();
    }

    public JsonNode body() {
        return body;
    }
}
