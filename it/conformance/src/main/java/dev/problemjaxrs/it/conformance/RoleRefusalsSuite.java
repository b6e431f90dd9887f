package dev.problemjaxrs.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.problemjaxrs.it.app.SampleApp;
import io.quarkus.test.security.TestSecurity;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quarkus's own security ({@code quarkus-security}) refuses a caller of {@link GuardedApi} before the
 * method runs, with exception mappers of its own: an anonymous caller gets a 401, a caller without the
 * role a 403. Both are problems with no body of the runtime's. The identities come from Quarkus's
 * {@code @TestSecurity}; no authentication mechanism is configured, so the 401 has no challenge to carry.
 */
public abstract class RoleRefusalsSuite {

    /** The server's root. */
    protected abstract URI baseUri();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/guarded/admin", "/guarded/nobody"})
    void anAnonymousCallerIs401(String path) {
        ProblemResponse.of(new Http(baseUri()).send("GET", path, null)).status(401)
                .type(SampleApp.TYPE_BASE + "#unauthorized").title("Invalid credentials supplied")
                .detail("You did not provide correct credentials.");
    }

    @Test
    @TestSecurity(user = "bob", roles = "reader")
    void aCallerWithoutTheRoleIs403() {
        ProblemResponse.of(new Http(baseUri()).send("GET", "/guarded/admin", null)).status(403)
                .type(SampleApp.TYPE_BASE + "#forbidden").title("Forbidden");
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void theRightRolePasses() {
        assertEquals("secret", new Http(baseUri()).send("GET", "/guarded/admin", null).body());
    }
}
