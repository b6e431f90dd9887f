package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code problemjaxrs.title.<slug>} and {@code problemjaxrs.detail.<slug>} reword the built-in catalog. */
class RewordingTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> CoreResources.application()
            .register(ProblemFeature.class)
            .property("problemjaxrs.title.not-found", "Nothing here")
            .property("problemjaxrs.detail.not-found", "There is nothing at this address.")
            .property("problemjaxrs.detail.wrong-verb", "This method is not supported here.")
            .property("problemjaxrs.title.forbidden", "Not yours"));

    @Test
    void aRewordedTitleAndDetailReplaceTheStandardsWording() {
        assertProblem(server.get("/no/such/route")).hasStatus(404).hasSlug("not-found").hasTitle("Nothing here")
                .hasDetail("There is nothing at this address.");
    }

    @Test
    void aRewordedDetailReplacesTheWordingFromTheRequest() {
        assertProblem(server.send("DELETE", "/errors/boom", null)).hasStatus(405)
                .hasTitle("Request method not allowed").hasDetail("This method is not supported here.");
    }

    @Test
    void anApplicationsOwnProblemIsNeverReworded() {
        assertProblem(server.get("/errors/own-problem")).hasStatus(403)
                .hasTitle("Maxmimum number of secrets already met")
                .hasDetail("This account has reached maximum number of '2' allowed secrets");
    }
}
