package dev.problemjaxrs.it.app;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Webhooks, declared by an interface with its media types on the interface, and a sub-resource locator
 * for each hook ({@link Webhook}): what the library must find out itself on runtimes that expose no
 * resource model (the methods for {@code Allow}, the media types for 406 and 415, a parameter of a
 * sub-resource that does not convert).
 */
@Path("/accounts/{apiKey}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface WebhooksApi {

    @GET
    Map<String, Object> list(@PathParam("apiKey") String apiKey);

    @POST
    Map<String, Object> create(@PathParam("apiKey") String apiKey, Map<String, Object> hook);

    /** A sub-resource locator: the hook's own methods are on {@link Webhook}. */
    @Path("{hookId}")
    Webhook hook(@PathParam("apiKey") String apiKey, @PathParam("hookId") String hookId);
}
