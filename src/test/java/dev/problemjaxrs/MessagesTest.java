package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A violation's reason is what the validator would have said in English: message parameters kept,
 * expressions evaluated only where the validator would evaluate them, the rejected value never quoted.
 * On a German JVM, so the English reasons are interpolated again by the library.
 */
class MessagesTest {

    private static Locale before;
    private static TestServer german;

    @BeforeAll
    static void startGerman() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        german = TestServer.start(MessageResources.application().register(ProblemFeature.class));
    }

    @AfterAll
    static void stop() {
        german.close();
        Locale.setDefault(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /messages/code?code=ABCD        | code   | must be at most 3 characters
            /messages/amount?amount=11      | amount | must be less than or equal to 10
            /messages/size?tag=abc          | tag    | size must be between 0 and 2
            /messages/quoted?name=SECRET42  | name   | '' is not lowercase
            """)
    void theReasonIsTheValidatorsInEnglish(String target, String name, String reason) {
        assertProblem(german.get(target)).hasStatus(422).hasInvalidParameters(name, reason);
    }

    /** Hibernate Validator evaluates no expression in a template a custom validator built: neither do we. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            $%7B1+1%7D                         | ${1+1}
            $%7B'x'.repeat(3)%7D                | ${'x'.repeat(3)}
            """)
    void noExpressionInAClientsTextIsEvaluated(String encoded, String literal) {
        HttpResponse<String> response = german.get("/messages/code?code=" + encoded);
        assertProblem(response).hasStatus(422);
        assertFalse(response.body().contains("code 2 is") || response.body().contains("xxx"), response.body());
    }
}
