package dev.problemjaxrs.it.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * A small account-secrets API whose failures reproduce every example response of the error standard.
 * Accounts are keyed by an 8-character API key; {@value #FULL_ACCOUNT} already holds the maximum of
 * two secrets, any other well-formed key starts empty.
 */
@Path("/accounts/{apiKey}")
@Produces(MediaType.APPLICATION_JSON)
public class SecretsApi {

    public static final String FULL_ACCOUNT = "a1b2c3d4";
    public static final String SECRETS_TYPE = "https://developer.vonage.com/api-errors/account/secret-management";
    static final int MAX_SECRETS = 2;
    private static final Pattern API_KEY = Pattern.compile("[a-z0-9]{8}");
    private static final Pattern PRINTABLE_KEY = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final Map<String, List<Secret>> ACCOUNTS = new ConcurrentHashMap<>(Map.of(FULL_ACCOUNT,
            new CopyOnWriteArrayList<>(List.of(new Secret("s-1", "2024-01-01T00:00:00Z"),
                    new Secret("s-2", "2024-02-01T00:00:00Z")))));

    @GET
    @Path("/secrets")
    public Map<String, Object> list(@PathParam("apiKey") String apiKey,
                                    @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
                                    @MatrixParam("page") @DefaultValue("1") @Min(1) int page) {
        List<Secret> secrets = account(apiKey);
        return Map.of("secrets", secrets.subList(0, Math.min(limit, secrets.size())));
    }

    @POST
    @Path("/secrets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("apiKey") String apiKey, @Valid @NotNull NewSecret secret) {
        List<Secret> secrets = account(apiKey);
        synchronized (secrets) {
            if (secrets.size() >= MAX_SECRETS) {
                throw new SecretErrors.MaximumSecretsException(MAX_SECRETS);
            }
            Secret created = new Secret("s-" + UUID.randomUUID(), java.time.Instant.now().toString());
            secrets.add(created);
            return Response.status(201).entity(created).build();
        }
    }

    /** An unknown secret is answered with a bodiless 404, as many resources do. */
    @GET
    @Path("/secrets/{secretId}")
    public Response secret(@PathParam("apiKey") String apiKey, @PathParam("secretId") String secretId) {
        return account(apiKey).stream().filter(s -> s.id().equals(secretId)).findFirst()
                .map(s -> Response.ok(s).build())
                .orElseGet(() -> Response.status(404).build());
    }

    @DELETE
    @Path("/secrets/{secretId}")
    public void revoke(@PathParam("apiKey") String apiKey, @PathParam("secretId") String secretId) {
        account(apiKey).removeIf(s -> s.id().equals(secretId));
    }

    @PUT
    @Path("/jobs/{jobId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateJob(@PathParam("apiKey") String apiKey, @PathParam("jobId") long jobId,
                              Map<String, Object> job) {
        account(apiKey);
        // a Problem returned as the entity of an error response, rather than thrown
        return Response.status(409).entity(SecretErrors.JOB_STARTED.problem()).build();
    }

    @GET
    @Path("/reports/legacy")
    public String legacyReport(@PathParam("apiKey") String apiKey) {
        throw new WebApplicationException(Response.Status.GONE);
    }

    @GET
    @Path("/usage")
    public Map<String, Object> usage(@PathParam("apiKey") String apiKey,
                                     @HeaderParam("X-Page") @DefaultValue("1") int page) {
        account(apiKey);
        throw new WebApplicationException(Response.status(429).header("Retry-After", "60")
                .header("X-RateLimit-Limit", "100").header("X-RateLimit-Remaining", "0").build());
    }

    /** The same 429 as {@link #usage}, from an asynchronous stage: its headers must survive the wrapping. */
    @GET
    @Path("/usage/async")
    public CompletionStage<Map<String, Object>> usageLater(@PathParam("apiKey") String apiKey) {
        account(apiKey);
        return CompletableFuture.supplyAsync(() -> {
            throw new WebApplicationException(Response.status(429).header("Retry-After", "60")
                    .header("X-RateLimit-Limit", "100").header("X-RateLimit-Remaining", "0").build());
        });
    }

    @GET
    @Path("/session/async")
    public CompletionStage<Map<String, Object>> sessionLater(@PathParam("apiKey") String apiKey) {
        return CompletableFuture.supplyAsync(() -> {
            throw new NotAuthorizedException("Basic realm=\"accounts\"");
        });
    }

    /** A redirect thrown as an exception is not an error: it keeps its status and Location. */
    @GET
    @Path("/reports/moved")
    public String moved(@PathParam("apiKey") String apiKey) {
        throw new RedirectionException(303, URI.create("/accounts/" + apiKey + "/reports/current"));
    }

    @GET
    @Path("/reports/moved/async")
    public CompletionStage<String> movedLater(@PathParam("apiKey") String apiKey) {
        // built on the request thread: Quarkus REST resolves a relative Location against the current request
        RedirectionException moved = new RedirectionException(303, URI.create("/accounts/" + apiKey
                + "/reports/current"));
        return CompletableFuture.supplyAsync(() -> {
            throw moved;
        });
    }

    /** A 508, whose title the Quarkus and Payara runs set through an environment variable. */
    @GET
    @Path("/loop")
    public String loop(@PathParam("apiKey") String apiKey) {
        throw new WebApplicationException(508);
    }

    @GET
    @Path("/balance")
    @Authenticated
    public Map<String, Object> balance(@PathParam("apiKey") String apiKey) {
        account(apiKey);
        return Map.of("balance", 30, "currency", "EUR");
    }

    @GET
    @Path("/crash")
    public String crash(@PathParam("apiKey") String apiKey) {
        throw new IllegalStateException("connection refused: jdbc:postgresql://db.internal:5432/accounts"
                + " user=svc_accounts password=hunter2");
    }

    @GET
    @Path("/maintenance")
    public Response maintenance(@PathParam("apiKey") String apiKey) {
        return Response.status(503).header("Retry-After", "120").build();
    }

    @POST
    @Path("/secrets/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> rotate(@PathParam("apiKey") String apiKey, @Valid @NotNull Rotation rotation) {
        account(apiKey);
        return Map.of("rotated", true);
    }

    @POST
    @Path("/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    public Profile profile(@PathParam("apiKey") String apiKey, @Valid @NotNull Profile profile) {
        account(apiKey);
        return profile;
    }

    private static List<Secret> account(String apiKey) {
        if (!API_KEY.matcher(apiKey).matches()) {
            // the key is the client's text: quote it only when it is plainly a key
            String quoted = PRINTABLE_KEY.matcher(apiKey).matches() ? "'" + apiKey + "' " : "";
            throw SecretErrors.INVALID_API_KEY.exception("API key " + quoted + "does not exist, or you do not have access");
        }
        return ACCOUNTS.computeIfAbsent(apiKey, key -> new CopyOnWriteArrayList<>());
    }
}
