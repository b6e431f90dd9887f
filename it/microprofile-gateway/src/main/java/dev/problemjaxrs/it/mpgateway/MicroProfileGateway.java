package dev.problemjaxrs.it.mpgateway;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.RemoteProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Service A, calling the sample API through a MicroProfile Rest Client interface the two ways an
 * application gets one: {@code GET /mp-gateway/built/{call}} builds it with {@code RestClientBuilder} and
 * registers the feature there; {@code GET /mp-gateway/injected/{call}} has it injected by CDI, the feature
 * named by {@code @RegisterProvider} and the base URI by configuration ({@code secrets}). Answers 200 with
 * what it caught.
 */
@Path("/mp-gateway")
@Produces(MediaType.APPLICATION_JSON)
public class MicroProfileGateway {

    /** Four of the sample API's endpoints, as the calling service declares them. */
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

        @GET
        @Path("/maintenance")
        CompletionStage<String> maintenanceLater(@PathParam("key") String key);
    }

    /** The same endpoints, for CDI to inject. */
    @RegisterRestClient(configKey = "secrets")
    @RegisterProvider(ProblemFeature.class)
    @Path("/accounts/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    public interface InjectedSecrets extends Secrets {
    }

    @Inject
    @RestClient
    InjectedSecrets injected;

    @GET
    @Path("/{client}/{call}")
    public Map<String, Object> call(@PathParam("client") String client, @PathParam("call") String call,
            @Context UriInfo uriInfo) {
        Secrets b = switch (client) {
            case "built" -> RestClientBuilder.newBuilder().baseUri(uriInfo.getBaseUri())
                    .register(ProblemFeature.class).build(Secrets.class);
            case "injected" -> injected;
            default -> throw new NotFoundException();
        };
        try {
            switch (call) {
                case "unknown-key" -> b.list("ABC123");
                case "invalid-secret" -> b.create("e5f6a7b8", "{\"secret\":\"abcdefgh\"}");
                case "maintenance-later" -> awaitCause(b.maintenanceLater("e5f6a7b8"));
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

    /** Waits for the stage and rethrows what failed it, as code that joins a stage does. */
    private static void awaitCause(CompletionStage<String> stage) {
        try {
            stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
