package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A parameter that cannot be converted is a 400 naming it (the specification would answer 404 for
 * query and matrix parameters); a path parameter addresses the resource, so a bad one is a 404.
 */
class ParameterConversionTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> InputResources.application().register(ProblemFeature.class));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            limit=abc       | limit | must be an integer
            count=1.5       | count | must be an integer
            id=not-a-uuid   | id    | must be a UUID
            color=PURPLE    | color | must be one of: RED, GREEN, BLUE
            ratio=half      | ratio | must be a number
            ids=1&ids=x     | ids   | must be an integer
            """)
    void aQueryParameterThatDoesNotConvertIsABadRequestNamingIt(String query, String name, String reason) {
        assertProblem(server.get("/params/query?" + query)).hasStatus(400).hasSlug("bad-request")
                .hasTitle("Bad Request").hasInvalidParameters(name, reason);
    }

    @Test
    void aHeaderParameterThatDoesNotConvertIsABadRequest() {
        assertProblem(server.get("/params/header", "X-Limit", "ten")).hasStatus(400)
                .hasInvalidParameters("X-Limit", "must be an integer");
    }

    @Test
    void aCookieParameterThatDoesNotConvertIsABadRequest() {
        assertProblem(server.get("/params/cookie", "Cookie", "page=two")).hasStatus(400)
                .hasInvalidParameters("page", "must be an integer");
    }

    @Test
    void aFormParameterThatDoesNotConvertIsABadRequest() {
        assertProblem(server.send("POST", "/params/form", "age=old", "Content-Type",
                "application/x-www-form-urlencoded")).hasStatus(400).hasInvalidParameters("age", "must be an integer");
    }

    @Test
    void aMatrixParameterThatDoesNotConvertIsABadRequest() {
        assertProblem(server.get("/params/matrix;v=x")).hasStatus(400).hasInvalidParameters("v", "must be an integer");
    }

    @Test
    void aPathParameterThatDoesNotConvertIsNotFound() {
        assertProblem(server.get("/params/path/abc")).hasStatus(404).hasSlug("not-found").hasNoInvalidParameters();
    }

    @Test
    void aRejectedParameterValueIsNotEchoed() {
        String body = assertProblem(server.get("/params/query?limit=hunter2")).hasStatus(400).body().toString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("hunter2"), body);
    }
}
