package dev.problemjaxrs.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract fails on each rule it states, and counts what it checked. */
class ProblemContractTest {

    private static final String ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String BODY = "{\"type\":\"https://problemjaxrs.dev/errors#not-found\",\"title\":\"Not Found\","
            + "\"detail\":\"Nothing here.\",\"instance\":\"" + ID + "\"}";

    private static Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/problem+json");
        headers.put("content-language", "en");
        headers.put("x-content-type-options", "nosniff");
        headers.put("x-trace-id", ID);
        return headers;
    }

    private static ProblemContract.Result check(ProblemContract contract, int status, Map<String, String> headers,
            String body) {
        return contract.check(status, name -> headers.get(name.toLowerCase(Locale.ROOT)), body, null);
    }

    @Test
    void aValidProblemPassesAndEveryRuleIsCounted() {
        ProblemContract.Result result = check(ProblemContract.standard(), 404, headers(), BODY);
        assertEquals(ID, result.instance());
        assertEquals(12 + ProblemContract.LEAKS.size(), result.invariants());
        Map<String, String> withParameters = headers();
        withParameters.put("content-type", "application/problem+json; charset=UTF-8");
        assertEquals(13 + ProblemContract.LEAKS.size(), check(ProblemContract.standard(), 422, withParameters,
                BODY.replace("}", ",\"invalid_parameters\":[{\"name\":\"age\",\"reason\":\"must be a number\"}]}"))
                .invariants());
    }

    @Test
    void aResponseToHeadHasItsHeadersChecked() {
        assertEquals(6, check(ProblemContract.standard(), 404, headers(), null).invariants());
        Map<String, String> zero = headers();
        zero.put("x-trace-id", "0".repeat(32));
        assertThrows(AssertionError.class, () -> check(ProblemContract.standard(), 404, zero, null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            content-type           | application/json
            content-type           | application/problem+json; charset=ISO-8859-1
            content-language       | de
            x-content-type-options | sniff
            x-trace-id             | 11111111111111111111111111111111
            """)
    void aWrongHeaderFails(String name, String value) {
        Map<String, String> headers = headers();
        headers.put(name, value);
        assertThrows(AssertionError.class, () -> check(ProblemContract.standard(), 404, headers, BODY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `"title":"Not Found"`       | `"title":" "`
            `"title":"Not Found"`       | `"title":"Not Found","status":404`
            `"detail":"Nothing here."`  | `"detail":7`
            `"detail":"Nothing here."`  | `"detail":"java.lang.IllegalStateException"`
            `"detail":"Nothing here."`  | `"detail":"at com.example.Dao.find(Dao.java:12)"`
            `"detail":"Nothing here."`  | `"detail":"jdbc:postgresql://db/prod password=hunter2"`
            `"detail":"Nothing here."`  | `"detail":"bad","invalid_parameters":[{"name":"a"}]`
            `"detail":"Nothing here."`  | `"detail":"bad","invalid_parameters":{"name":"a","reason":"b"}`
            4bf92f3577b34da6a3ce929d0e0e4736 | 4BF92F3577B34DA6A3CE929D0E0E4736
            """)
    void aBrokenBodyFails(String from, String to) {
        String body = BODY.replace(from, to);
        assertTrue(!body.equals(BODY));
        Map<String, String> headers = headers();
        headers.put("x-trace-id", body.contains(ID) ? ID : ID.toUpperCase(Locale.ROOT));
        assertThrows(AssertionError.class, () -> check(ProblemContract.standard(), 404, headers, body));
    }

    @Test
    void anAllZeroInstanceAndASuccessStatusFail() {
        Map<String, String> zero = headers();
        zero.put("x-trace-id", "0".repeat(32));
        assertThrows(AssertionError.class,
                () -> check(ProblemContract.standard(), 404, zero, BODY.replace(ID, "0".repeat(32))));
        assertThrows(AssertionError.class, () -> check(ProblemContract.standard(), 200, headers(), BODY));
    }

    @Test
    void theTraceHeaderNameIsConfigurable() {
        Map<String, String> headers = headers();
        headers.remove("x-trace-id");
        headers.put("x-correlation-id", ID);
        check(ProblemContract.withTraceHeader("X-Correlation-Id"), 404, headers, BODY);
        assertThrows(AssertionError.class, () -> check(ProblemContract.standard(), 404, headers, BODY));
    }

    @Test
    void theTypeUriIsNotScannedForLeaks() {
        String body = BODY.replace("https://problemjaxrs.dev/errors#not-found", "https://example.com/Exception.Types");
        check(ProblemContract.standard(), 404, headers(), body);
    }
}
