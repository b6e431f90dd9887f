package dev.problemjaxrs.it.quarkus.rest;

import dev.problemjaxrs.it.conformance.RoleRefusalsSuite;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;

@QuarkusTest
class QuarkusRestRoleRefusalsTest extends RoleRefusalsSuite {

    @TestHTTPResource("/")
    URI root;

    @Override
    protected URI baseUri() {
        return root;
    }
}
