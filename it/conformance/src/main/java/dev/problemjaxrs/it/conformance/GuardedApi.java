package dev.problemjaxrs.it.conformance;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Methods the runtime's own security guards, for {@link RoleRefusalsSuite}. */
@Path("/guarded")
public class GuardedApi {

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
}
