package dev.problemjaxrs.it.quarkus.resteasy;

import dev.problemjaxrs.it.conformance.MicroProfileGatewaySuite;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;

/** The MicroProfile Rest Client suite with this stack's client; A calls itself as B. */
@QuarkusTest
class QuarkusResteasyMicroProfileTest extends MicroProfileGatewaySuite {

    @TestHTTPResource("/")
    URI root;

    @Override
    protected URI serviceA() {
        return root;
    }
}
