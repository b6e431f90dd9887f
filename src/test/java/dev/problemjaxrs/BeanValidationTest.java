package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.Locale;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bean Validation through jersey-bean-validation, whose own mapper answers an empty 400 and names
 * fields {@code create.arg0.address.zip}: here a 422 names each input as the client knows it.
 */
class BeanValidationTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> InputResources.application().register(ProblemFeature.class));

    @Test
    void theSeedsSecretExampleIsReproduced() {
        assertProblem(server.post("/accounts", "{\"name\":\"a\",\"first_name\":\"b\",\"secret\":\"abcdefgh\"}"))
                .hasStatus(422).hasSlug("validation").hasTitle("Bad Request")
                .hasDetail("The request failed due to validation errors")
                .hasInvalidParameters("secret", "must contain 1 upper case character");
    }

    @Test
    void bodyFieldsAreNamedByJsonPathWithRenamesNestingAndIndexes() {
        String body = """
                {"name":" ","address":{"zip":"12"},
                 "items":[{"sku":"a","qty":1},{"sku":"b","qty":1},{"sku":"","qty":0}],
                 "tags":["ok",""]}""";
        assertProblem(server.post("/accounts", body)).hasStatus(422).hasInvalidParameters(
                "address.zip", "must be 5 digits",
                "first_name", "must not be blank",
                "items[2].qty", "must be greater than or equal to 1",
                "items[2].sku", "must not be blank",
                "name", "must not be blank",
                "tags[1]", "must not be blank");
    }

    @Test
    void aMissingRequiredBodyIsMalformed() {
        assertProblem(server.post("/accounts", "")).hasStatus(400).hasSlug("invalid-json");
    }

    @Test
    void aClassLevelConstraintOnTheBodyIsNamedBody() {
        assertProblem(server.post("/accounts/signup", "{\"password\":\"a\",\"repeated\":\"b\"}")).hasStatus(422)
                .hasInvalidParameters("body", "passwords must match");
    }

    @Test
    void aListBodyIsNamedByIndex() {
        assertProblem(server.post("/accounts/many", "[{\"sku\":\"a\",\"qty\":0}]")).hasStatus(422)
                .hasInvalidParameters("[0].qty", "must be greater than or equal to 1");
    }

    @Test
    void parametersAreNamedByTheirAnnotationNotTheirJavaName() {
        assertProblem(server.get("/params/constrained?q=toolong&limit=500")).hasStatus(422).hasInvalidParameters(
                "X-Tenant", "must not be null",
                "limit", "must be less than or equal to 100",
                "q", "size must be between 0 and 5");
    }

    @Test
    void identicalViolationsAreMerged() {
        // the same query parameter is bound twice: as a method parameter and in a @BeanParam
        assertProblem(server.get("/params/duplicate?limit=0")).hasStatus(422)
                .hasInvalidParameters("limit", "must be greater than or equal to 1");
    }

    @Test
    void beanParamFieldsAreNamedByTheirAnnotation() {
        assertProblem(server.get("/params/bean?page_size=99")).hasStatus(422).hasInvalidParameters(
                "X-Tenant", "must not be blank",
                "page_size", "must be less than or equal to 50");
    }

    @Test
    void annotationsDeclaredOnAnInterfaceNameTheParameters() {
        assertProblem(server.get("/inherited?name=ab&max=11")).hasStatus(422).hasInvalidParameters(
                "max", "must be less than or equal to 10",
                "name", "size must be between 3 and 2147483647");
    }

    @Test
    void aViolatedReturnValueIsAServerBugThatLeaksNothing() {
        HttpResponse<String> response = server.get("/accounts/broken");
        assertProblem(response).hasStatus(500).hasSlug("internal-error").hasNoInvalidParameters();
        assertFalse(response.body().contains("brokenReturn"), response.body());
        assertFalse(response.body().contains("null"), response.body());
    }

    @Test
    void reasonsAreEnglishWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        // the validator takes the JVM's locale when it is built: this one speaks German ("darf nicht leer sein")
        try (TestServer german = TestServer.start(InputResources.application().register(ProblemFeature.class))) {
            assertProblem(german.post("/accounts", "{\"name\":\"a\",\"first_name\":\"\"}")).hasStatus(422)
                    .hasInvalidParameters("first_name", "must not be blank");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** A class-level @JsonNaming strategy names the fields as the client writes them. */
    @Test
    void aNamingStrategyNamesFieldsAsTheClientWritesThem() {
        assertProblem(server.post("/accounts/contact", "{\"email_address\":\"\",\"max_retries\":0}")).hasStatus(422)
                .hasInvalidParameters("email_address", "must not be blank", "max_retries",
                        "must be greater than or equal to 1");
    }

    /** Without a naming of its own, a property is named as the application's ObjectMapper names all. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"instance", "class"})
    void theApplicationsObjectMapperStrategyNamesFieldsAsTheClientWritesThem(String registered) {
        ResourceConfig snakeCase = InputResources.application().register(ProblemFeature.class);
        if (registered.equals("instance")) {
            snakeCase.register(new InputResources.SnakeCaseMapper());
        } else {
            snakeCase.register(InputResources.SnakeCaseMapper.class);
        }
        try (TestServer snake = TestServer.start(snakeCase)) {
            assertProblem(snake.post("/accounts/delivery", "{\"street_name\":\"\",\"house_number\":0}"))
                    .hasStatus(422).hasInvalidParameters("house_number", "must be greater than or equal to 1",
                            "street_name", "must not be blank");
        }
        // the default mapper names them as declared
        assertProblem(server.post("/accounts/delivery", "{\"streetName\":\"\",\"houseNumber\":0}")).hasStatus(422)
                .hasInvalidParameters("houseNumber", "must be greater than or equal to 1", "streetName",
                        "must not be blank");
    }

    @Test
    void validInputPassesUntouched() {
        HttpResponse<String> response = server.post("/accounts",
                "{\"name\":\"a\",\"first_name\":\"b\",\"secret\":\"Abcdefgh\"}");
        assertEquals(200, response.statusCode(), response.body());
    }
}
