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

    /**
     * RESTEasy's MicroProfile Rest Client runs a {@code CompletionStage} method's request filters on a pool
     * thread that carries only the client's own context, and applies no {@code AsyncInvocationInterceptor}
     * a feature registers: the trace id does not travel there, and the README says to pass it as a header
     * parameter. B still answers with a trace id of its own.
     */
    @Override
    protected boolean carriesTraceIdIntoCompletionStages() {
        return false;
    }
}
