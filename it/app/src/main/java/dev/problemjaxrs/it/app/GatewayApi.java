package dev.problemjaxrs.it.app;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.RemoteProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.CompletionStageRxInvoker;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Service A of the two-service demo and tests: each {@code GET /gateway/{call}} makes one call to service B
 * (the sample API) with a client that has {@link ProblemFeature} registered, catches B's problem as
 * {@link RemoteProblemException} and answers 200 with what it learnt. {@code /gateway/escape} lets B's 500
 * escape: A's client must get A's own 500 problem, never B's. B is the server at {@link #callingB}, or,
 * where nobody set one (a runtime that discovers this resource), the server A runs on: the call still
 * goes out over HTTP and comes back as another request.
 */
@Path("/gateway")
@Produces(MediaType.APPLICATION_JSON)
public final class GatewayApi {

    private static final String KEY = "/accounts/e5f6a7b8";
    private static final String FULL = "/accounts/" + SecretsApi.FULL_ACCOUNT;

    /** A call to service B: method, path, request content type and body (or null), Accept. */
    public record Call(String method, String path, String contentType, String body, String accept) {
        static Call get(String path) {
            return new Call("GET", path, null, null, MediaType.APPLICATION_JSON);
        }

        static Call json(String method, String path, String body) {
            return new Call(method, path, MediaType.APPLICATION_JSON, body, MediaType.APPLICATION_JSON);
        }
    }

    /** One call per status the sample API answers, keyed by that status. */
    public static final Map<Integer, Call> CALLS = Map.ofEntries(
            Map.entry(400, Call.json("POST", KEY + "/secrets", "{\"secret\":")),
            Map.entry(401, Call.get(KEY + "/balance")),
            Map.entry(403, Call.json("POST", FULL + "/secrets", "{\"secret\":\"Abcdefgh1\"}")),
            Map.entry(404, Call.get("/accounts/ABC123/secrets")),
            Map.entry(405, new Call("DELETE", KEY + "/secrets", null, null, MediaType.APPLICATION_JSON)),
            Map.entry(406, new Call("GET", KEY + "/secrets", null, null, MediaType.APPLICATION_XML)),
            Map.entry(409, Call.json("PUT", KEY + "/jobs/7", "{}")),
            Map.entry(410, Call.get(KEY + "/reports/legacy")),
            Map.entry(415, new Call("POST", KEY + "/secrets", MediaType.TEXT_PLAIN, "x", MediaType.APPLICATION_JSON)),
            Map.entry(422, Call.json("POST", KEY + "/secrets", "{\"secret\":\"abcdefgh\"}")),
            Map.entry(429, Call.get(KEY + "/usage")),
            Map.entry(500, Call.get(KEY + "/crash")),
            Map.entry(503, Call.get(KEY + "/maintenance")));

    private static volatile URI serviceB;
    private static volatile Client client;

    /** Points A at B. */
    public static void callingB(URI baseUri) {
        serviceB = baseUri;
    }

    /** One client for all requests (a client is expensive; share it), made on first use. */
    private static Client client() {
        Client current = client;
        if (current == null) {
            synchronized (GatewayApi.class) {
                if (client == null) {
                    client = ClientBuilder.newClient().register(ProblemFeature.class);
                }
                current = client;
            }
        }
        return current;
    }

    public static synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    @GET
    @Path("/{status}")
    public Map<String, Object> call(@PathParam("status") int status, @Context UriInfo uriInfo) {
        try {
            request(status, uriInfo).close();
            return Map.of("outcome", "success");
        } catch (RemoteProblemException e) {
            return learnt(e);
        }
    }

    /**
     * The same call made asynchronously: {@code submit()} (as {@code async()} does) or {@code rx()}. The
     * client's filters run on a thread of its own.
     */
    @GET
    @Path("/{status}/{style: async|rx}")
    public Map<String, Object> callAsync(@PathParam("status") int status, @PathParam("style") String style,
                                         @Context UriInfo uriInfo) throws InterruptedException, TimeoutException {
        Future<jakarta.ws.rs.core.Response> answer;
        if (style.equals("rx")) {
            Call call = call(status);
            CompletionStageRxInvoker rx = builder(call, uriInfo).rx();
            answer = (call.body() == null ? rx.method(call.method())
                    : rx.method(call.method(), Entity.entity(call.body(), call.contentType()))).toCompletableFuture();
        } else {
            answer = invocation(status, uriInfo).submit();
        }
        try {
            answer.get(30, TimeUnit.SECONDS).close();
            return Map.of("outcome", "success");
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof RemoteProblemException remote) {
                    return learnt(remote);
                }
            }
            throw new IllegalStateException("B's answer did not arrive as a RemoteProblemException", e);
        }
    }

    private static Map<String, Object> learnt(RemoteProblemException e) {
        Map<String, Object> learnt = new LinkedHashMap<>();
        learnt.put("status", e.status());
        learnt.put("type", e.problem().type().map(URI::toString).orElse(null));
        learnt.put("title", e.problem().title());
        learnt.put("detail", e.problem().detail().orElse(null));
        learnt.put("invalid_parameters", e.problem().invalidParameters().stream()
                .map(p -> Map.of("name", p.name(), "reason", p.reason())).toList());
        learnt.put("instance", e.instance().orElse(null));
        learnt.put("headers", e.headers());
        learnt.put("our_trace_id", ProblemFeature.currentTraceId().orElse(null));
        return learnt;
    }

    /** B's 500 is not caught: A answers its own 500 (and logs B's status and instance with its trace id). */
    @GET
    @Path("/escape")
    public Map<String, Object> escape(@Context UriInfo uriInfo) {
        request(500, uriInfo).close();
        return Map.of("outcome", "unreachable");
    }

    private static jakarta.ws.rs.core.Response request(int status, UriInfo uriInfo) {
        return invocation(status, uriInfo).invoke();
    }

    private static Invocation invocation(int status, UriInfo uriInfo) {
        Call call = call(status);
        Invocation.Builder request = builder(call, uriInfo);
        return call.body() == null ? request.build(call.method())
                : request.build(call.method(), Entity.entity(call.body(), call.contentType()));
    }

    private static Call call(int status) {
        Call call = CALLS.get(status);
        if (call == null) {
            throw new NotFoundException();
        }
        return call;
    }

    private static Invocation.Builder builder(Call call, UriInfo uriInfo) {
        URI b = serviceB != null ? serviceB : uriInfo.getBaseUri();
        return client().target(b).path(call.path()).request(call.accept());
    }

    /** The statuses there is a call for, in order. */
    public static List<Integer> statuses() {
        return CALLS.keySet().stream().sorted().toList();
    }
}
