package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies read by Jackson (jersey-media-json-jackson, whose JacksonFeature registers its own mappers
 * that answer text/plain with the parser's message): not JSON is 400, the wrong shape is 422.
 */
class JacksonInputTest {

    @RegisterExtension
    final LogCapture log = new LogCapture();

    private static TestServer server;

    @BeforeAll
    static void start() {
        // JacksonFeature registered explicitly, before ours: its mappers must still lose
        server = TestServer.start(InputResources.application().register(InputResources.JavaTimeMapper.class)
                .register(JacksonFeature.class)
                .register(ProblemFeature.class));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"name\":", "{\"name\":\"a\"} trailing", "not json", "{'name':'a'}",
            "{\"name\":\"a\",}", "{\"name\":\"a\",\"age\":1", "{\"age\": 01}"})
    void aBodyThatIsNotJsonIsMalformed(String body) {
        HttpResponse<String> response = server.post("/accounts", body);
        assertProblem(response).hasStatus(400).hasSlug("invalid-json").hasTitle("Malformed JSON")
                .hasDetail("Malformed JSON payload.").hasNoInvalidParameters();
        assertFalse(response.body().contains("line:"), response.body());
        assertFalse(response.body().contains("com.fasterxml"), response.body());
    }

    @Test
    void bytesThatAreNotUtf8AreMalformed() {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/accounts")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'n', '"', ':', '"',
                    (byte) 0xC3, (byte) 0x28, '"', '}'})).build();
        assertProblem(server.send(request)).hasStatus(400).hasSlug("invalid-json");
    }

    @Test
    void anEmptyBodyWhereOneIsRequiredIsMalformed() {
        assertProblem(server.post("/accounts", "")).hasStatus(400).hasSlug("invalid-json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"name":"a","first_name":"b","age":"old"}                          | age         | must be an integer
            {"name":"a","first_name":"b","age":1.5e400}                        | age         | must be an integer
            {"name":"a","first_name":"b","age":99999999999}                    | age         | must be an integer
            {"name":"a","first_name":"b","color":"PURPLE"}                     | color       | must be one of: RED, GREEN, BLUE
            {"name":"a","first_name":"b","tier":"GOLD"}                        | tier        | must be one of: gold, silver
            {"name":"a","first_name":"b","shade":"DARK"}                       | shade       | must be one of: dark-grey, light-grey
            {"name":"a","first_name":"b","address":"here"}                     | address     | must be an object
            {"name":"a","first_name":"b","address":{"zip":{"a":1}}}            | address.zip | must be a string
            {"name":"a","first_name":"b","items":[{"sku":"x","qty":1},{"sku":"y","qty":"many"}]} | items[1].qty | must be an integer
            {"name":"a","first_name":"b","items":{"sku":"x"}}                  | items       | must be an array
            {"name":["a"],"first_name":"b"}                                    | name        | must be a string
            """)
    void jsonOfTheWrongShapeNamesTheFieldAsTheClientWroteIt(String body, String name, String reason) {
        HttpResponse<String> response = server.post("/accounts", body);
        assertProblem(response).hasStatus(422).hasSlug("validation").hasTitle("Bad Request")
                .hasDetail("The request failed due to validation errors").hasInvalidParameters(name, reason);
    }

    /**
     * Jackson 2 reports a member that repeats one of a record's, once the record is built, as a broken
     * type definition (jackson-databind#4690); it is the client's JSON that is at fault, at that member.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /accounts/contact | {"email_address":"a@b.c","max_retries":1,"email_address":"x"}           | email_address
            /accounts         | {"name":"a","first_name":"b","address":{"zip":"1","city":"c","zip":"2"}} | address.zip
            /accounts         | {"name":"a","first_name":"b","items":[{"sku":"x","qty":1,"qty":2}]}    | items[0].qty
            """)
    void aMemberARecordRepeatsIsNamed(String path, String body, String name) {
        assertProblem(server.post(path, body)).hasStatus(422).hasSlug("validation")
                .hasInvalidParameters(name, "must appear only once");
    }

    @Test
    void aBodyTypeJacksonCannotConstructIsTheServersFault() {
        assertProblem(server.post("/accounts/drawing", "{\"shape\":{}}")).hasStatus(500).hasSlug("internal-error");
        List<LogRecord> errors = log.at(Level.SEVERE);
        assertEquals(1, errors.size(), errors::toString);
        String logged = errors.get(0).getThrown().toString();
        assertTrue(logged.startsWith(InvalidDefinitionException.class.getName()), logged);
    }

    /** A polymorphic value is named at its type property, with the kinds the client can send. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = InputResources.POLYMORPHIC_VALUES)
    void aPolymorphicValueOfNoKnownKindIsNamedAtItsTypeProperty(String body, String name, String reason) {
        assertProblem(server.post("/accounts/board", body)).hasStatus(422).hasInvalidParameters(name, reason);
    }

    /** Kinds named by Java classes are not listed: the answer shows no class name. */
    @Test
    void aClassNamedKindIsNotListed() {
        HttpResponse<String> response = server.post("/accounts/board", "{\"gadget\":{\"@class\":\"java.lang.Runtime\"}}");
        assertProblem(response).hasStatus(422).hasInvalidParameters("gadget.@class", "has an invalid value");
        assertFalse(response.body().contains("Phone") || response.body().contains("java.lang"), response.body());
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertProblem(server.post("/accounts", "{\"name\":\"a\",\"first_name\":\"b\",\"nickname\":\"c\"}"))
                .hasStatus(422).hasInvalidParameters("nickname", "is not a recognised field");
    }

    @Test
    void aMissingRequiredCreatorPropertyIsRequired() {
        assertProblem(server.post("/accounts/voucher", "{\"validUntil\":\"2030-01-01\"}")).hasStatus(422)
                .hasInvalidParameters("code", "is required");
    }

    @Test
    void aBadDateSaysWhatADateLooksLike() {
        assertProblem(server.post("/accounts/voucher", "{\"code\":\"A\",\"validUntil\":\"next tuesday\"}"))
                .hasStatus(422).hasInvalidParameters("validUntil", "must be a date (YYYY-MM-DD)");
    }

    @Test
    void aHostileFieldNameIsTruncated() {
        String name = "k".repeat(10_000);
        assertProblem(server.post("/accounts", "{\"" + name + "\":1}")).hasStatus(422)
                .hasInvalidParameters("k".repeat(64) + "...", "is not a recognised field");
    }

    @Test
    void aFieldNameWithQuotesNewlinesAndMarkupIsEscapedNotInterpreted() {
        HttpResponse<String> response = server.post("/accounts",
                "{\"a\\\"b\\n</script><x>\":1}");
        assertProblem(response).hasStatus(422).hasInvalidParameters("a\"b\n</script><x>", "is not a recognised field");
        assertFalse(response.body().contains("\n</script>"), "a raw newline in the body: " + response.body());
    }

    @Test
    void aFieldNameWithALoneSurrogateIsStillAClientError() {
        assertProblem(server.post("/accounts", "{\"a\\ud83d\":1}")).hasStatus(422)
                .hasInvalidParameters("a\ufffd", "is not a recognised field");
    }

    @Test
    void truncatingAFieldNameNeverSplitsACharacter() {
        String name = "k".repeat(63) + "\ud83d\ude00" + "k".repeat(10);
        assertProblem(server.post("/accounts", "{\"" + name + "\":1}")).hasStatus(422)
                .hasInvalidParameters("k".repeat(63) + "...", "is not a recognised field");
    }

    @Test
    void aWholeBodyOfTheWrongShapeIsNamedBody() {
        assertProblem(server.post("/accounts", "[1,2,3]")).hasStatus(422).hasInvalidParameters("body", "must be an object");
    }

    @Test
    void aRejectedValueIsNotEchoed() {
        HttpResponse<String> response = server.post("/accounts",
                "{\"name\":\"a\",\"first_name\":\"b\",\"age\":\"hunter2-secret\"}");
        assertProblem(response).hasStatus(422);
        assertFalse(response.body().contains("hunter2"), response.body());
    }

    @Test
    void numbersBeyondJacksonsLimitsAreTheClientsFault() {
        String huge = "{\"name\":\"a\",\"first_name\":\"b\",\"age\":" + "9".repeat(5000) + "}";
        assertProblem(server.post("/accounts", huge)).hasStatus(400).hasSlug("invalid-json");
    }

    @Test
    void nestingBeyondJacksonsLimitIsTheClientsFault() {
        String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        assertProblem(server.post("/accounts/map", deep)).hasStatus(400).hasSlug("invalid-json");
    }

    @Test
    void tenMegabytesOfGarbageGetABoundedAnswer() {
        String garbage = "{\"name\":\"" + "x".repeat(10 * 1024 * 1024);
        HttpResponse<String> response = server.post("/accounts", garbage);
        assertProblem(response).hasStatus(400).hasSlug("invalid-json");
        assertFalse(response.body().length() > 1024, response.body());
    }
}
