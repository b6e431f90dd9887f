package dev.problemjaxrs.internal;

import dev.problemjaxrs.RemoteProblemException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * Responses that another service sent: a Jakarta REST client turns a downstream error into a
 * {@code NotFoundException}, {@code ServiceUnavailableException}, ... carrying the downstream's response.
 * When one escapes a resource it is the server's fault, and nothing of that response (status, body,
 * headers) may reach our client. Known by the class of the response, which each client implementation
 * has of its own: server-side responses are built with {@code Response.status(...)}.
 */
final class DownstreamResponses {

    /** The inbound response classes of the clients this library is tested with (and their subclasses). */
    private static final Set<String> CLIENT_RESPONSES = Set.of(
            "org.glassfish.jersey.client.InboundJaxrsResponse",
            "org.jboss.resteasy.client.jaxrs.internal.ClientResponse",
            "org.jboss.resteasy.reactive.client.impl.ClientResponseImpl",
            "org.apache.cxf.jaxrs.client.ResponseImpl");
    private static final ClassValue<Boolean> IS_CLIENT_RESPONSE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (CLIENT_RESPONSES.contains(c.getName())) {
                    return true;
                }
            }
            return false;
        }
    };

    private DownstreamResponses() {
    }

    /** Whether the exception carries another service's response. */
    static boolean isDownstream(Throwable thrown) {
        return thrown instanceof WebApplicationException web && web.getResponse() != null
                && IS_CLIENT_RESPONSE.get(web.getResponse().getClass());
    }

    /**
     * For the log line: what the downstream answered, with its instance when it sent a problem, so the two
     * services' logs join up; empty if {@code thrown} is not a downstream error.
     */
    static String describe(Throwable thrown) {
        if (thrown instanceof RemoteProblemException remote) {
            return " (a downstream service answered " + remote.status()
                    + remote.instance().map(instance -> ", its instance " + instance).orElse("") + ")";
        }
        if (!isDownstream(thrown)) {
            return "";
        }
        Response response = ((WebApplicationException) thrown).getResponse();
        return " (a downstream service answered " + response.getStatus() + ", not relayed)";
    }
}
