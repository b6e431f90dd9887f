package dev.problemjaxrs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.glassfish.jersey.server.ResourceConfig;

/** An API's own error conditions, defined once and raised every way an application can. */
final class OwnErrorResources {

    static final String BASE = "https://developer.vonage.com/api-errors/account/secret-management";

    private static final ProblemCatalog.Builder DEFINE = ProblemCatalog.under(BASE);
    static final ProblemType MAXIMUM_SECRETS =
            DEFINE.type(403, "maximum-secrets-allowed", "Maxmimum number of secrets already met");
    static final ProblemType OUT_OF_CREDIT = DEFINE.type(403, "out-of-credit", "You do not have enough credit");
    static final ProblemType RATE_LIMITED = DEFINE.type(429, "rate-limited", "Rate Limited",
            "You have exceeded your rate limit.");
    static final ProblemType INVALID_KEY = DEFINE.define(ProblemType.of(401,
            "https://developer.vonage.com/api-errors#unauthorized", "Invalid credentials supplied"));
    static final ProblemCatalog CATALOG = DEFINE.build();

    private OwnErrorResources() {
    }

    static ResourceConfig application() {
        return new ResourceConfig(Own.class, OutOfStockMapper.class, KeyFilter.class);
    }

    /** A domain exception thrown from the service layer. */
    static final class OutOfCreditException extends ProblemException {
        private static final long serialVersionUID = 1L;

        OutOfCreditException(int balance, int cost) {
            super(OUT_OF_CREDIT, "Your current balance is " + balance + ", but that costs " + cost + ".");
        }
    }

    /** A domain exception that must extend another class. */
    static final class QuotaException extends IllegalStateException implements ProblemSource {
        private static final long serialVersionUID = 1L;

        @Override
        public int status() {
            return 429;
        }

        @Override
        public Problem problem() {
            return RATE_LIMITED.problem(null);
        }

        @Override
        public Map<String, List<String>> headers() {
            return Map.of("Retry-After", List.of("60"));
        }
    }

    /** An exception the application maps itself, to a Problem entity. */
    static final class OutOfStockException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static final class OutOfStockMapper implements ExceptionMapper<OutOfStockException> {
        @Override
        public Response toResponse(OutOfStockException exception) {
            return Response.status(409).entity(Problem.builder().title("Out of stock")
                    .detail("The item is out of stock").build()).build();
        }
    }

    /** Aborts requests to /own/guarded with the application's own 401 problem. */
    static final class KeyFilter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getUriInfo().getPath().endsWith("guarded")) {
                request.abortWith(Response.status(401).header("WWW-Authenticate", "Basic realm=\"api\"")
                        .entity(INVALID_KEY.problem("You did not provide correct credentials.")).build());
            }
        }
    }

    @Path("own")
    public static final class Own {

        @GET
        @Path("returned")
        public Response returned() {
            return Response.status(403).type("application/json").header("Content-Length", "5")
                    .entity(MAXIMUM_SECRETS.problem("This account has reached maximum number of '2' allowed secrets"))
                    .build();
        }

        @GET
        @Path("returned-untyped")
        public Response returnedUntyped() {
            return Response.status(409).entity(Problem.builder().title("Conflict")
                    .detail("This resource cannot be updated once the job has started running")
                    .invalidParameter("job", "is running").invalidParameter("id", "is locked").build()).build();
        }

        @GET
        @Path("returned-ok")
        public Response returnedOk() {
            return Response.ok(MAXIMUM_SECRETS.problem()).build();
        }

        @GET
        @Path("thrown")
        public String thrown() {
            throw RATE_LIMITED.exception("Slow down.").withHeader("Retry-After", "120");
        }

        @GET
        @Path("domain")
        public String domain() {
            throw new OutOfCreditException(30, 50);
        }

        @GET
        @Path("source")
        public String source() {
            throw new QuotaException();
        }

        @GET
        @Path("async-source")
        public CompletionStage<String> asyncSource() {
            return CompletableFuture.supplyAsync(() -> {
                throw new QuotaException();
            });
        }

        @GET
        @Path("web-exception")
        public String webException() {
            throw new jakarta.ws.rs.WebApplicationException(Response.status(410)
                    .entity(Problem.builder().title("Gone").detail("Archived last year").build()).build());
        }

        @GET
        @Path("mapped")
        public String mapped() {
            throw new OutOfStockException();
        }

        @GET
        @Path("guarded")
        public String guarded() {
            return "never";
        }

        @GET
        @Path("trace")
        public String trace() {
            return ProblemFeature.currentTraceId().orElse("none");
        }
    }
}
