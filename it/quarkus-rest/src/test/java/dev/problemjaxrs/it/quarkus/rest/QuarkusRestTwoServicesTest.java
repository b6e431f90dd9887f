package dev.problemjaxrs.it.quarkus.rest;

import dev.problemjaxrs.it.conformance.TwoServicesSuite;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;

/**
 * The two-service suite with the runtime's own Jakarta REST client. Quarkus runs one application per test
 * run, so A and B are the same server: the gateway's call leaves over HTTP and comes back as a request of
 * its own, with its own trace id unless the client carried A's. A and B also share their settings, so
 * A's own 500 and B's look alike here; that nothing of B's answer is relayed is shown where they are two
 * servers (Grizzly).
 */
@QuarkusTest
class QuarkusRestTwoServicesTest extends TwoServicesSuite {

    @TestHTTPResource("/")
    URI root;

    @Override
    protected URI serviceA() {
        return root;
    }
}
