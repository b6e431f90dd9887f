package dev.problemjaxrs;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Failures of the same types as the client's input errors, but from elsewhere: the application parsing
 * or validating its own data, a client reading another service's answer, another service's error that
 * escapes. And bodies the client sent that cannot be read at all.
 */
final class OriginResources {

    /** Where the downstream service listens; set by the test before any request. */
    static volatile String downstream;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Client CLIENT = ClientBuilder.newClient();
    /** A client that reads other services' problems (RemoteProblemException). */
    private static final Client PROBLEM_CLIENT = ClientBuilder.newClient().register(ProblemFeature.class);
    /** The instance the downstream service answers with. */
    static final String DOWNSTREAM_INSTANCE = "0af7651916cd43dd8448eb211c80319c";

    private OriginResources() {
    }

    static ResourceConfig application() {
        return new ResourceConfig(Origin.class);
    }

    /** Another service, without this library: it answers errors its own way. */
    static ResourceConfig downstreamService() {
        return new ResourceConfig(Downstream.class).property("problemjaxrs.auto-discovery", "false");
    }

    /** The server's own data, with a JSON name the client never sees. */
    public static final class Account {
        @NotBlank
        public String ownerName;
        public int creditLimit;
    }

    /** Jackson wraps its getter's failure in a JsonMappingException, an IOException. */
    public static final class Broken {
        public String getValue() {
            throw new IllegalStateException("the getter fails");
        }
    }

    @Path("origin")
    public static final class Origin {

        @GET
        @Path("own-json")
        public String ownJson() throws IOException {
            return MAPPER.readValue("{\"creditLimit\":\"many\"}", Account.class).ownerName;
        }

        @GET
        @Path("own-garbage")
        public String ownGarbage() throws IOException {
            return MAPPER.readTree("{cache entry cut short").toString();
        }

        @GET
        @Path("own-jsonb")
        public String ownJsonb() {
            return JsonbBuilder.create().fromJson("{\"creditLimit\":\"many\"}", Account.class).ownerName;
        }

        @GET
        @Path("own-validation")
        public String ownValidation() {
            Account account = new Account();
            var violations = Validation.buildDefaultValidatorFactory().getValidator().validate(account);
            throw new jakarta.validation.ConstraintViolationException(violations);
        }

        @GET
        @Path("downstream-body")
        public String downstreamBody() {
            return CLIENT.target(downstream).path("downstream/account").request(MediaType.APPLICATION_JSON)
                    .get(Account.class).ownerName;
        }

        @GET
        @Path("downstream-not-found")
        public String downstreamNotFound() {
            return CLIENT.target(downstream).path("downstream/missing").request().get(String.class);
        }

        @GET
        @Path("downstream-unavailable")
        public String downstreamUnavailable() {
            return CLIENT.target(downstream).path("downstream/unavailable").request().get(String.class);
        }

        @GET
        @Path("downstream-problem")
        public String downstreamProblem() {
            return PROBLEM_CLIENT.target(downstream).path("downstream/problem").request().get(String.class);
        }

        @GET
        @Path("unserialisable")
        @Produces(MediaType.APPLICATION_JSON)
        public Broken unserialisable() {
            return new Broken();
        }

        @POST
        @Path("text")
        @Consumes(MediaType.TEXT_PLAIN)
        public String text(String body) {
            return "read " + body.length();
        }

        @POST
        @Path("form")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        public String form(@FormParam("name") String name) {
            return "read " + name;
        }

        /** No {@code @Consumes}: Jersey reads the form parameter from whatever body comes. */
        @POST
        @Path("form-any")
        public String formOfAnyType(@FormParam("name") String name) {
            return "read " + name;
        }

        @POST
        @Path("json")
        @Consumes(MediaType.APPLICATION_JSON)
        public String json(Map<String, Object> body) {
            return "read " + body.size();
        }
    }

    @Path("downstream")
    public static final class Downstream {

        @GET
        @Path("account")
        public Response account() {
            return Response.ok("{\"creditLimit\":\"unlimited\"}", MediaType.APPLICATION_JSON).build();
        }

        @GET
        @Path("missing")
        public Response missing() {
            return Response.status(404).type(MediaType.APPLICATION_JSON).entity("{\"shard\":\"db-7.internal\"}")
                    .header("Set-Cookie", "route=db-7").header("Location", "http://10.0.0.7/accounts")
                    .header("X-Backend", "accounts-v2").build();
        }

        @GET
        @Path("problem")
        public Response problem() {
            return Response.status(503).type("application/problem+json").entity("{\"type\":\"https://example.com/e#down\","
                    + "\"title\":\"Down\",\"instance\":\"" + DOWNSTREAM_INSTANCE + "\"}").build();
        }

        @GET
        @Path("unavailable")
        public Response unavailable() {
            return Response.status(503).header("Retry-After", "10").header("Set-Cookie", "route=db-7")
                    .header("WWW-Authenticate", "Basic realm=\"internal-accounts\"").build();
        }
    }
}
