package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;

import org.glassfish.jersey.internal.InternalProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies read by JSON-B (Yasson, Payara's default), which Jersey wraps in a ProcessingException:
 * the same 400 and 422 as with Jackson. JSON-B does not say which field failed, so the 422 names the body.
 */
class JsonbInputTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> InputResources.application().register(ProblemFeature.class)
                .property(InternalProperties.JSON_FEATURE, "JsonBindingFeature"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"name\":", "not json", "{\"name\":\"a\",}", "{\"name\":\"a\",\"age\":1"})
    void aBodyThatIsNotJsonIsMalformed(String body) {
        assertProblem(server.post("/accounts", body)).hasStatus(400).hasSlug("invalid-json")
                .hasDetail("Malformed JSON payload.");
    }

    @Test
    void anEmptyBodyIsMalformed() {
        assertProblem(server.post("/accounts", "")).hasStatus(400).hasSlug("invalid-json");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"name\":\"a\",\"first_name\":\"b\",\"age\":\"old\"}",
            "{\"name\":\"a\",\"first_name\":\"b\",\"color\":\"PURPLE\"}", "[1,2]"})
    void jsonOfTheWrongShapeIsAValidationProblemNamingTheBody(String body) {
        assertProblem(server.post("/accounts", body)).hasStatus(422).hasSlug("validation")
                .hasInvalidParameters("body", "does not match the expected structure");
    }

    @Test
    void beanValidationNamesFieldsByTheirJsonbNames() {
        assertProblem(server.post("/accounts", "{\"name\":\"a\",\"first_name\":\"\"}")).hasStatus(422)
                .hasInvalidParameters("first_name", "must not be blank");
    }
}
