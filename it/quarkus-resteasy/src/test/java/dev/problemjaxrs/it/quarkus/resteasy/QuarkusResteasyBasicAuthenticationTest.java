package dev.problemjaxrs.it.quarkus.resteasy;

import dev.problemjaxrs.it.conformance.BasicAuthenticationSuite;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;

@QuarkusTest
@TestProfile(BasicAuthenticationSuite.Profile.class)
class QuarkusResteasyBasicAuthenticationTest extends BasicAuthenticationSuite {

    @TestHTTPResource("/")
    URI root;

    @Override
    protected URI baseUri() {
        return root;
    }
}
