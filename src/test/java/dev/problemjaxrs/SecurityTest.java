package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.Set;
import java.util.logging.Level;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The runtime's own role checks ({@code @RolesAllowed}, {@code @DenyAll}, Jersey's
 * {@code RolesAllowedDynamicFeature}) are answered like any other error: a 403 problem with the trace id,
 * no body of the runtime's, no error line.
 */
class SecurityTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @RegisterExtension
    final LogCapture log = new LogCapture();

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> new ResourceConfig(Guarded.class, Credentials.class)
            .register(RolesAllowedDynamicFeature.class).register(ProblemFeature.class));

    @Test
    void aCallerWithoutTheRoleIs403() {
        HttpResponse<String> response = server.get("/guarded/admin", "X-User", "bob:reader",
                "traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01");
        assertProblem(response).hasStatus(403).hasSlug("forbidden").hasTitle("Forbidden")
                .hasDetail("You are not allowed to perform this request.").hasInstance(TRACE);
        assertTrue(log.at(Level.SEVERE).isEmpty(), () -> log.at(Level.SEVERE).toString());
    }

    @Test
    void anAnonymousCallerIs403Too() {
        assertProblem(server.get("/guarded/admin")).hasStatus(403).hasSlug("forbidden");
    }

    @Test
    void aMethodDeniedToAllIs403() {
        assertProblem(server.get("/guarded/nobody", "X-User", "alice:admin")).hasStatus(403).hasSlug("forbidden");
    }

    @Test
    void theRightRolePasses() {
        HttpResponse<String> response = server.get("/guarded/admin", "X-User", "alice:admin");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(200, server.get("/guarded/open").statusCode());
    }

    @Path("/guarded")
    public static class Guarded {
        @GET
        @Path("/admin")
        @RolesAllowed("admin")
        public String admin() {
            return "secret";
        }

        @GET
        @Path("/nobody")
        @DenyAll
        public String nobody() {
            return "never";
        }

        @GET
        @Path("/open")
        @PermitAll
        public String open() {
            return "open";
        }
    }

    /** {@code X-User: name:role}: the caller as an authentication filter would establish it. */
    @Priority(Priorities.AUTHENTICATION)
    public static class Credentials implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            String user = request.getHeaderString("X-User");
            if (user == null || !user.contains(":")) {
                return;
            }
            String name = user.substring(0, user.indexOf(':'));
            Set<String> roles = Set.of(user.substring(user.indexOf(':') + 1));
            request.setSecurityContext(new SecurityContext() {
                @Override
                public Principal getUserPrincipal() {
                    return () -> name;
                }

                @Override
                public boolean isUserInRole(String role) {
                    return roles.contains(role);
                }

                @Override
                public boolean isSecure() {
                    return false;
                }

                @Override
                public String getAuthenticationScheme() {
                    return "Test";
                }
            });
        }
    }
}
