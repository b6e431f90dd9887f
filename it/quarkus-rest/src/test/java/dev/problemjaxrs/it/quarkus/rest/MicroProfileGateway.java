package dev.problemjaxrs.it.quarkus.rest;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.RemoteProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Service A again, calling the sample API through a MicroProfile Rest Client interface built by Quarkus
 * REST's client with the feature registered, as an application declares one; answers what it caught.
 */
@Path("/mp-gateway")
@Produces(MediaType.APPLICATION_JSON)
public class MicroProfileGateway {

    /** Three of the sample API's endpoints, as the calling service declares them. */
    @Path("/accounts/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    public interface Secrets {
        @GET
        @Path("/secrets")
        String list(@PathParam("key") String key);

        @POST
        @Path("/secrets")
        @Consumes(MediaType.APPLICATION_JSON)
        String create(@PathParam("key") String key, String body);

        @GET
        @Path("/maintenance")
        String maintenance(@PathParam("key") String key);
    }

    @GET
    @Path("/{call}")
    public Map<String, Object> call(@PathParam("call") String call, @Context UriInfo uriInfo) {
        Secrets b = RestClientBuilder.newBuilder().baseUri(uriInfo.getBaseUri()).register(ProblemFeature.class)
                .build(Secrets.class);
        try {
            switch (call) {
                case "unknown-key" -> b.list("ABC123");
                case "invalid-secret" -> b.create("e5f6a7b8", "{\"secret\":\"abcdefgh\"}");
                default -> b.maintenance("e5f6a7b8");
            }
            return Map.of("outcome", "success");
        } catch (RemoteProblemException e) {
            Map<String, Object> learnt = new LinkedHashMap<>();
            learnt.put("status", e.status());
            learnt.put("type", e.problem().type().map(Object::toString).orElse(""));
            learnt.put("invalid_parameters", e.problem().invalidParameters().size());
            learnt.put("instance", e.instance().orElse(""));
            learnt.put("retry_after", e.headers().getOrDefault("Retry-After", List.of()).toString());
            return learnt;
        }
    }
}
