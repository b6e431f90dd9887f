package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error status, thrown as a WebApplicationException, answers with the status table's wording. */
class StatusTableTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> CoreResources.application().register(ProblemFeature.class));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            400 | bad-request          | Bad Request                  | The request could not be understood.
            401 | unauthorized         | Invalid credentials supplied | You did not provide correct credentials.
            403 | forbidden            | Forbidden                    | You are not allowed to perform this request.
            404 | not-found            | Not Found                    | The requested resource could not be found.
            409 | conflict             | Conflict                     | The request conflicts with the current state of the resource.
            410 | gone                 | Gone                         | The resource at this location no longer exists
            418 | teapot               | I'm a teapot                 | null
            422 | validation           | Bad Request                  | The request failed due to validation errors
            429 | rate-limited         | Rate Limited                 | You have exceeded your rate limit.
            451 | unavailable-for-legal-reasons | Unavailable for legal reasons | null
            499 | client-error         | Client error                 | null
            500 | internal-error       | Internal Server Error        | An unexpected error occurred. Quote the instance when reporting it.
            503 | service-unavailable  | Service unavailable          | The service is temporarily unavailable.
            599 | server-error         | Server error                 | null
            """)
    void everyErrorStatusHasItsSlugTitleAndDetail(int status, String slug, String title, String detail) {
        ProblemAssert problem = assertProblem(server.get("/errors/status/" + status))
                .hasStatus(status).hasSlug(slug).hasTitle(title).hasNoInvalidParameters();
        if (detail == null) {
            problem.hasNoDetail();
        } else {
            problem.hasDetail(detail);
        }
    }

    @ParameterizedTest(name = "bodiless {0}")
    @CsvSource({"400, bad-request", "404, not-found", "409, conflict", "418, teapot", "499, client-error",
            "500, internal-error", "599, server-error"})
    void aBodilessErrorResponseBecomesAProblem(int status, String slug) {
        assertProblem(server.get("/errors/bodiless/" + status)).hasStatus(status).hasSlug(slug)
                .hasHeader("X-Kept", "yes").lacksHeader("ETag");
    }
}
