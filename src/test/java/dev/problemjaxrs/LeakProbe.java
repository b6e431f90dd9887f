package dev.problemjaxrs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A resource loaded again by a throwaway class loader in {@link RedeployTest}: every cache of the library
 * that a request reaches (parameter names, JSON names, reasons, resource checks) sees its classes.
 */
@Path("probe")
public class LeakProbe {

    @GET
    public String get(@QueryParam("limit") @Min(1) int limit) {
        return "limit " + limit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public String post(@Valid Body body) {
        return body.name;
    }

    public static class Body {
        @NotBlank
        public String name;
        public int size;
    }
}
