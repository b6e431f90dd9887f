package dev.problemjaxrs.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.it.app.SampleApp;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * {@link GuardedApi} behind Quarkus's Basic authentication against its embedded realm (users {@code alice}
 * with role {@code admin}, {@code bob} with {@code reader}), authenticated when a method needs it
 * ({@code quarkus.http.auth.proactive=false}): a failed authentication reaches the runtime's mappers and
 * is a 401 problem with the challenge; a known user without the role is a 403 problem.
 */
public abstract class BasicAuthenticationSuite {

    /** The {@code basic-auth} profile of the Quarkus module's application.properties, for {@code @TestProfile}. */
    public static final class Profile implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "basic-auth";
        }
    }

    /** The server's root. */
    protected abstract URI baseUri();

    @Test
    void wrongCredentialsAre401WithTheChallenge() {
        HttpResponse<String> response = get("alice:wrong");
        ProblemResponse.of(response).status(401).type(SampleApp.TYPE_BASE + "#unauthorized");
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.regionMatches(true, 0, "Basic", 0, 5), response.headers().map().toString());
    }

    @Test
    void aKnownUserWithoutTheRoleIs403() {
        ProblemResponse.of(get("bob:pw")).status(403).type(SampleApp.TYPE_BASE + "#forbidden");
    }

    @Test
    void theRightUserPasses() {
        assertEquals("secret", get("alice:secret").body());
    }

    private HttpResponse<String> get(String credentials) {
        return new Http(baseUri()).send("GET", "/guarded/admin", null, "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
