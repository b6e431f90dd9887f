package dev.problemjaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Defining an API's error types: each definition is checked where it is made and names itself. */
class ProblemTypeTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            399 | https://example.com/e#x   | Title | status must be from 400 to 599
            600 | https://example.com/e#x   | Title | status must be from 400 to 599
            403 | https://example.com/e#x   | ' '   | title must not be null or blank
            403 | https://example.com/e#x   | null  | title must not be null or blank
            403 | 'not a uri'               | Title | not a URI reference
            403 | ' '                       | Title | type must not be null or blank
            """)
    void anInvalidDefinitionFailsNamingIt(int status, String type, String title, String why) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> ProblemType.of(status, type, title));
        assertTrue(failure.getMessage().contains("Problem type " + type) && failure.getMessage().contains(why),
                failure.getMessage());
    }

    @Test
    void aBlankDefaultDetailFails() {
        ProblemType type = ProblemType.of(409, "https://example.com/e#busy", "Busy");
        assertThrows(IllegalArgumentException.class, () -> type.withDetail(" "));
    }

    @Test
    void slugsAreDefinedUnderTheCatalogsBase() {
        ProblemCatalog.Builder define = ProblemCatalog.under("https://example.com/errors/secrets");
        ProblemType max = define.type(403, "maximum-secrets-allowed", "Maximum reached", "No more secrets.");
        ProblemCatalog catalog = define.build();
        assertEquals(URI.create("https://example.com/errors/secrets#maximum-secrets-allowed"), max.type());
        assertEquals(List.of(max), catalog.types());
        assertEquals(max, catalog.find(max.type()).orElseThrow());
        assertEquals("No more secrets.", max.problem().detail().orElseThrow());
        assertEquals("Two left.", max.problem("Two left.").detail().orElseThrow());
        assertEquals(403, max.exception().status());
    }

    @Test
    void theSameTypeDefinedTwiceDifferentlyFailsNamingBoth() {
        ProblemCatalog.Builder define = ProblemCatalog.under("https://example.com/errors");
        define.type(403, "out-of-credit", "You do not have enough credit");
        define.type(403, "out-of-credit", "You do not have enough credit");
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> define.type(402, "out-of-credit", "You do not have enough credit"));
        assertTrue(failure.getMessage().contains("https://example.com/errors#out-of-credit is defined twice"),
                failure.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProblemCatalog.of(
                ProblemType.of(404, "https://example.com/e#gone", "Gone"),
                ProblemType.of(404, "https://example.com/e#gone", "Not here")));
    }

    @ParameterizedTest
    @CsvSource({"Out-Of-Credit", "out--of-credit", "out_of_credit", "-x", "''"})
    void aSlugMustBeLowercaseWordsWithHyphens(String slug) {
        ProblemCatalog.Builder define = ProblemCatalog.under("https://example.com/errors");
        assertThrows(IllegalArgumentException.class, () -> define.type(403, slug, "Title"));
    }

    @ParameterizedTest
    @CsvSource({"https://example.com/errors#x", "''", "'a b'"})
    void aCatalogBaseIsAUriReferenceWithoutFragment(String base) {
        assertThrows(IllegalArgumentException.class, () -> ProblemCatalog.under(base));
    }

    @Test
    void aProblemExceptionGetsHeadersOneAtATime() {
        ProblemException exception = ProblemType.of(429, "https://example.com/e#slow", "Slow down").exception()
                .withHeader("Retry-After", "60").withHeader("RateLimit-Policy", "10;w=1");
        assertEquals(List.of("60"), exception.headers().get("Retry-After"));
        assertEquals(List.of("10;w=1"), exception.headers().get("RateLimit-Policy"));
        assertThrows(IllegalArgumentException.class, () -> exception.withHeader("Content-Type", "text/plain"));
        assertEquals(0, exception.getStackTrace().length);
    }
}
