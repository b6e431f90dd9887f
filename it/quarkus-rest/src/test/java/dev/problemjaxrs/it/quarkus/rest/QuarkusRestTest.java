package dev.problemjaxrs.it.quarkus.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import dev.problemjaxrs.it.conformance.ProblemResponse;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Quarkus REST with nothing but the dependency: the library and the sample API are found through their
 * jars' Jandex indexes, the settings come from application.properties.
 */
@QuarkusTest
class QuarkusRestTest extends ConformanceSuite {

    @TestHTTPResource("/")
    URI root;

    /**
     * Quarkus REST reads a body whole on the event loop before any Jakarta REST code runs, and when its
     * read timeout passes it closes the connection without an answer: nothing of the library sees the
     * request.
     */
    @Override
    protected int containerAnswersStalledBodies() {
        return -1;
    }

    /** {@code quarkus.http.read-timeout} of the test profile. */
    @Override
    protected Duration bodyReadTimeout() {
        return Duration.ofSeconds(2);
    }

    @Override
    protected URI baseUri() {
        return root;
    }

    /** This module's surefire run sets PROBLEMJAXRS_TITLE_LOOP_DETECTED: MicroProfile Config maps it. */
    @Override
    protected String loopTitle() {
        return "Loop found";
    }

    /**
     * Reproduced here (Quarkus 3.27.0): GET on the sub-resource {@code /webhooks/h-1} with
     * {@code Accept: application/xml} is answered 200 with the method's JSON, although the method produces
     * only {@code application/json} and {@code text/csv} (Jersey and RESTEasy answer 406). A success never
     * reaches the library, so it cannot answer the 406 the specification asks for.
     */
    @Override
    protected boolean checksAcceptOnSubResources() {
        return false;
    }

    /**
     * Reproduced here (Quarkus 3.27.0): for {@code /secrets;page=two} the runtime reports the failed
     * conversion ({@code NotFoundException} around a {@code NumberFormatException}), but by then it has
     * removed the matrix parameters from the request (its {@code MatrixParamHandler} strips them before
     * matching): neither {@code UriInfo.getRequestUri()} nor {@code getPathSegments()} shows
     * {@code page=two} to a provider, so the library cannot tell which parameter failed.
     */
    @Override
    protected boolean showsMatrixParameters() {
        return false;
    }

    /**
     * Quarkus's ObjectMapper is a CDI bean configured with a naming strategy, not a {@code ContextResolver}:
     * a constraint violation on a body property (reported by its Java name) is named as that mapper reads
     * the property, {@code max_retries}; a mistyped value too (Jackson's own path names it so).
     */
    @Test
    void aBodyPropertyIsNamedByTheObjectMappersNamingStrategy() {
        ProblemResponse.of(http.postJson("/retry-policies", "{\"max_retries\":-1}")).status(422)
                .invalidParameters("max_retries", "must be greater than or equal to 0");
        ProblemResponse.of(http.postJson("/retry-policies", "{\"max_retries\":\"many\"}")).status(422)
                .invalidParameters("max_retries", "must be an integer");
        assertEquals(200, http.postJson("/retry-policies", "{\"max_retries\":3}").statusCode());
    }
}
