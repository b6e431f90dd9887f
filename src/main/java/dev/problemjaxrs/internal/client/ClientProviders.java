package dev.problemjaxrs.internal.client;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.FeatureContext;

/** What {@code ProblemFeature} registers on a client. */
public final class ClientProviders {

    private ClientProviders() {
    }

    /** Whether a registered provider instance is one of these: the feature is installed already. */
    public static boolean isOurs(Object provider) {
        return provider instanceof ErrorResponseFilter;
    }

    /**
     * Registers the client's providers.
     *
     * @param reader         reads error responses
     * @param propagateTrace whether outgoing requests carry the served request's trace id
     * @param withMapper     whether a MicroProfile {@code ResponseExceptionMapper} is registered too
     */
    public static void install(FeatureContext context, RemoteProblemReader reader, boolean propagateTrace,
                               boolean withMapper) {
        if (context.getConfiguration().getClass().getName().startsWith("org.jboss.resteasy.reactive.")) {
            // Quarkus REST's MicroProfile Rest Client turns every error response into its own
            // WebApplicationException in a response filter of the default priority, and applies only the
            // ResponseExceptionMappers registered on its builder itself, not a feature's: read it first
            context.register(new ErrorResponseFilter(reader, false), Priorities.USER + 1);
        } else {
            context.register(new ErrorResponseFilter(reader, withMapper));
        }
        if (propagateTrace) {
            context.register(new TraceparentFilter());
        }
    }
}
