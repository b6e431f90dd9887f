package dev.problemjaxrs.it.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * The audit log, declared as an interface as API-first teams do: the Jakarta REST and Bean Validation
 * annotations live here, the implementation only implements.
 */
@Path("/accounts/{apiKey}/audit")
@Produces(MediaType.APPLICATION_JSON)
public interface AuditApi {

    @GET
    Map<String, Object> search(@PathParam("apiKey") String apiKey,
                               @QueryParam("actor") @Size(min = 3, message = "must have at least 3 characters") String actor,
                               @Valid @BeanParam Paging paging);

    /** An export whose entity fails while it is written: the server's fault, found after the method returned. */
    @GET
    @Path("/export")
    AuditExport export(@PathParam("apiKey") String apiKey);

    /** Promises a summary and, by a bug, has none: a violated return value is the server's fault. */
    @GET
    @Path("/summary")
    @NotNull
    Map<String, Object> summary(@PathParam("apiKey") String apiKey);
}
