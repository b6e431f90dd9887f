package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import org.glassfish.jersey.internal.InternalProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies read by JSON-B (Yasson, Payara's default), which Jersey wraps in a ProcessingException:
 * the same 400 and 422 as with Jackson. JSON-B does not say which field failed; the library finds it by
 * walking a bounded copy of the body against the target type, and names the body where it cannot.
 */
class JsonbInputTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> InputResources.application().register(ProblemFeature.class)
                .register(FailingReads.class).property(InternalProperties.JSON_FEATURE, "JsonBindingFeature"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"name\":", "not json", "{\"name\":\"a\",}", "{\"name\":\"a\",\"age\":1"})
    void aBodyThatIsNotJsonIsMalformed(String body) {
        assertProblem(server.post("/accounts", body)).hasStatus(400).hasSlug("invalid-json")
                .hasDetail("Malformed JSON payload.");
    }

    /** A polymorphic value ({@code @JsonbTypeInfo}) is named at its type key, with the aliases a client can send. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = InputResources.POLYMORPHIC_VALUES)
    void aPolymorphicValueIsNamedAtItsTypeKey(String body, String name, String reason) {
        assertProblem(server.post("/accounts/board", body)).hasStatus(422).hasInvalidParameters(name, reason);
    }

    @Test
    void anEmptyBodyIsMalformed() {
        assertProblem(server.post("/accounts", "")).hasStatus(400).hasSlug("invalid-json");
    }

    @Test
    void aMistypedFieldIsNamedByItsJsonName() {
        assertProblem(server.post("/accounts", "{\"name\":\"a\",\"first_name\":\"b\",\"age\":\"old\"}"))
                .hasStatus(422).hasSlug("validation").hasInvalidParameters("age", "must be an integer");
    }

    @Test
    void anUnknownEnumValueNamesTheAllowedOnes() {
        assertProblem(server.post("/accounts", "{\"name\":\"a\",\"first_name\":\"b\",\"color\":\"PURPLE\"}"))
                .hasStatus(422).hasInvalidParameters("color", "must be one of: RED, GREEN, BLUE");
    }

    @Test
    void aNestedMistypedFieldIsNamedByItsJsonPath() {
        assertProblem(server.post("/accounts", "{\"name\":\"a\",\"first_name\":\"b\",\"items\":[{\"sku\":\"x\","
                + "\"qty\":1},{\"sku\":\"y\",\"qty\":\"many\"}]}")).hasStatus(422)
                .hasInvalidParameters("items[1].qty", "must be an integer");
    }

    @Test
    void aBodyOfTheWrongKindIsNamedBody() {
        assertProblem(server.post("/accounts", "[1,2]")).hasStatus(422).hasInvalidParameters("body", "must be an object");
    }

    @Test
    void aBodyLongerThanTheCopyLimitIsNamedAsAWhole() {
        String padding = "x".repeat(1 << 20);
        assertProblem(server.post("/accounts", "{\"name\":\"a\",\"first_name\":\"b\",\"note\":\"" + padding
                + "\",\"age\":\"old\"}")).hasStatus(422)
                .hasInvalidParameters("body", "does not match the expected structure");
    }

    @Test
    void beanValidationNamesFieldsByTheirJsonbNames() {
        assertProblem(server.post("/accounts", "{\"name\":\"a\",\"first_name\":\"\"}")).hasStatus(422)
                .hasInvalidParameters("first_name", "must not be blank");
    }

    /**
     * The application's Jsonb writes and reads every property in snake case: a violation (reported by the
     * Java name) and a mistyped value are both named as the client wrote them.
     */
    @Test
    void theApplicationsJsonbStrategyNamesFieldsAsTheClientWritesThem() {
        try (TestServer snake = TestServer.start(InputResources.application().register(ProblemFeature.class)
                .register(SnakeCaseJsonb.class).property(InternalProperties.JSON_FEATURE, "JsonBindingFeature"))) {
            assertProblem(snake.post("/accounts/delivery", "{\"street_name\":\"\",\"house_number\":0}"))
                    .hasStatus(422).hasInvalidParameters("house_number", "must be greater than or equal to 1",
                            "street_name", "must not be blank");
            assertProblem(snake.post("/accounts/delivery", "{\"street_name\":\"Elm\",\"house_number\":\"ten\"}"))
                    .hasStatus(422).hasInvalidParameters("house_number", "must be an integer");
        }
        // the default Jsonb names them as declared
        assertProblem(server.post("/accounts/delivery", "{\"streetName\":\"\",\"houseNumber\":0}")).hasStatus(422)
                .hasInvalidParameters("houseNumber", "must be greater than or equal to 1", "streetName",
                        "must not be blank");
    }

    /** An application that binds all its JSON in snake case. */
    public static final class SnakeCaseJsonb implements ContextResolver<Jsonb> {
        private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

        @Override
        public Jsonb getContext(Class<?> type) {
            return jsonb;
        }
    }

    /**
     * A body whose read fails half-way with an I/O error (a client that stalled past the read timeout, a
     * connection reset: what Open Liberty's stream throws): JSON-B wraps it as it wraps a mismatch, and the
     * client gets the unreadable body's 400, not a 422 about the body's structure.
     */
    @Test
    void aBodyWhoseReadFailsIsUnreadableNotMistyped() {
        assertProblem(server.post("/accounts", "{\"name\":\"a\",\"first_name\":\"b\"}", FailingReads.HEADER, "12"))
                .hasStatus(400).hasSlug("bad-request").hasDetail("The request body could not be read completely.");
    }

    /** Fails the entity stream's read after the number of bytes in its header, as a container does. */
    static final class FailingReads implements ReaderInterceptor {
        static final String HEADER = "X-Test-Read-Fails-After";

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            String after = context.getHeaders().getFirst(HEADER);
            if (after != null) {
                InputStream in = context.getInputStream();
                context.setInputStream(new InputStream() {
                    private int left = Integer.parseInt(after);

                    @Override
                    public int read() throws IOException {
                        if (left-- <= 0) {
                            throw new IOException("read timed out");
                        }
                        return in.read();
                    }
                });
            }
            return context.proceed();
        }
    }
}
