package dev.problemjaxrs.it.app;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * One webhook, reached through {@link WebhooksApi#hook}: several methods on one path, media types on
 * the class and on methods, a wildcard subtype.
 */
@Produces(MediaType.APPLICATION_JSON)
public class Webhook {

    /** Delivery states, a closed set: an unknown one names the allowed ones. */
    public enum Delivery { PENDING, DELIVERED, FAILED }

    private final String id;

    public Webhook(String id) {
        this.id = id;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Map<String, Object> get() {
        return Map.of("id", id);
    }

    @PUT
    @Consumes("application/merge-patch+json")
    public Map<String, Object> update(Map<String, Object> patch) {
        return Map.of("id", id);
    }

    @DELETE
    public void delete() {
    }

    @GET
    @Path("deliveries")
    public Map<String, Object> deliveries(@QueryParam("state") Delivery state) {
        return Map.of("deliveries", List.of());
    }

    @POST
    @Path("notes")
    @Consumes("text/*")
    public Map<String, Object> note(String note) {
        return Map.of("note", note.length());
    }
}
