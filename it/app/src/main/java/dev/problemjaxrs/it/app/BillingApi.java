package dev.problemjaxrs.it.app;

import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Billing: the API's own errors raised every way an application does: a domain exception implementing
 * {@code ProblemSource}, also from an asynchronous stage; a {@code Problem} entity from an application
 * mapper, from a filter's abort and from an {@code AsyncResponse} resumed on another thread.
 */
@Path("/accounts/{apiKey}/billing")
@Produces(MediaType.APPLICATION_JSON)
public class BillingApi {

    static final int BALANCE = 30;

    @POST
    @Path("/calls")
    public Map<String, Object> call(@PathParam("apiKey") String apiKey) {
        throw new SecretErrors.OutOfCreditException(BALANCE, 50);
    }

    @POST
    @Path("/calls/async")
    public CompletionStage<Map<String, Object>> callLater(@PathParam("apiKey") String apiKey) {
        return CompletableFuture.supplyAsync(() -> {
            throw new SecretErrors.OutOfCreditException(BALANCE, 50);
        });
    }

    @GET
    @Path("/invoices/{invoiceId}")
    public Map<String, Object> invoice(@PathParam("apiKey") String apiKey, @PathParam("invoiceId") String invoiceId) {
        throw new SecretErrors.InvoiceMissingException(invoiceId);
    }

    @GET
    @Path("/quota")
    public void quota(@PathParam("apiKey") String apiKey, @Suspended AsyncResponse response) {
        CompletableFuture.runAsync(() -> response.resume(Response.status(429).header("Retry-After", "30")
                .entity(SecretErrors.RATE_LIMITED.problem("You have used all 100 calls of this minute")).build()));
    }

    @GET
    @Path("/frozen")
    public Map<String, Object> frozen(@PathParam("apiKey") String apiKey) {
        return Map.of("never", "reached");
    }

    /** The application's own mapper answers with a {@code Problem}: the library renders it. */
    @Provider
    public static class InvoiceMissingMapper implements ExceptionMapper<SecretErrors.InvoiceMissingException> {
        @Override
        public Response toResponse(SecretErrors.InvoiceMissingException exception) {
            return Response.status(404).entity(SecretErrors.INVOICE_NOT_FOUND.problem("There is no such invoice"))
                    .build();
        }
    }

    /** Turns away requests to a frozen account's billing with the application's own problem. */
    @Provider
    @Priority(Priorities.AUTHORIZATION)
    public static class FrozenAccountFilter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getUriInfo().getPath().endsWith("/billing/frozen")) {
                request.abortWith(Response.status(403).entity(SecretErrors.ACCOUNT_FROZEN.problem()).build());
            }
        }
    }
}
