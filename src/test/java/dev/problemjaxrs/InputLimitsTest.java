package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** However much is wrong with a request, the answer stays bounded. */
class InputLimitsTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> InputResources.application().register(ProblemFeature.class)
                .property("problemjaxrs.invalid-parameters.max", "25"));

    private static String items(int count) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("{\"sku\":\"s\",\"qty\":0}");
        }
        return body.append(']').toString();
    }

    @Test
    void invalidParametersAreCappedAndTheDetailCountsTheRest() {
        ProblemAssert problem = assertProblem(server.post("/accounts/many", items(40))).hasStatus(422)
                .hasDetail("The request failed due to validation errors (15 more invalid parameters not listed)");
        assertEquals(25, problem.body().path("invalid_parameters").size());
        assertEquals("[0].qty", problem.body().path("invalid_parameters").get(0).path("name").asText());
    }

    @Test
    void aHundredThousandViolationsGetABoundedAnswer() {
        HttpResponse<String> response = server.post("/accounts/many", items(100_000));
        ProblemAssert problem = assertProblem(response).hasStatus(422)
                .hasDetail("The request failed due to validation errors (99975 more invalid parameters not listed)");
        assertEquals(25, problem.body().path("invalid_parameters").size());
        assertTrue(response.body().length() < 4096, () -> "length " + response.body().length());
    }
}
