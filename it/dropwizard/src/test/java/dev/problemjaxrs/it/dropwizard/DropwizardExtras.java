package dev.problemjaxrs.it.dropwizard;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * What only a Dropwizard application meets, one resource method per default exception mapper the sample
 * API does not reach: an exception only its catch-all would map, an empty {@code Optional}, and a form
 * parameter read from a body that is no form (Jersey's {@code IllegalStateException}).
 */
@Path("/dropwizard")
@Produces(MediaType.APPLICATION_JSON)
public final class DropwizardExtras {

    @GET
    @Path("/unexpected")
    public String unexpected() {
        throw new UnsupportedOperationException("not for clients: table accounts_v2 is locked");
    }

    @GET
    @Path("/nothing")
    public Optional<String> nothing() {
        return Optional.empty();
    }

    @POST
    @Path("/form")
    public String form(@FormParam("name") String name) {
        return name;
    }
}
