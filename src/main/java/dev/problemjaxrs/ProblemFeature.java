package dev.problemjaxrs;

import dev.problemjaxrs.internal.Installer;
import dev.problemjaxrs.internal.trace.RequestTraceIds;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Turns every error response of a Jakarta REST application into an RFC 9457 problem document
 * ({@code application/problem+json}) whose {@code instance} is the request's trace id.
 *
 * <pre>{@code
 * new ResourceConfig().register(ProblemFeature.class);
 * }</pre>
 *
 * <p>On Jersey the jar registers this feature by itself when it is on the class path; set
 * {@code problemjaxrs.auto-discovery=false} to register it only explicitly. Configuration is read once,
 * from the application's properties ({@code problemjaxrs.*}, see the README); an invalid value fails
 * the application's startup with a message naming the property. Runtimes that discover providers (Quarkus,
 * through the jar's Jandex index) install it without any registration.
 */
@Provider
public final class ProblemFeature implements Feature {

    /** The request property that holds the request's trace id (a 32-hex {@code String}). */
    public static final String TRACE_ID_PROPERTY = "dev.problemjaxrs.traceId";

    /**
     * The trace id of the request the current thread is serving, for the application's own code and logs
     * (a resource, a filter, the service layer it calls). Set before any filter of the application runs and
     * cleared once the response is written. Empty outside a request, and on a thread the application
     * started itself: an asynchronous stage should take the id along (read it here before handing over) or
     * read the request property {@link #TRACE_ID_PROPERTY}.
     */
    public static Optional<String> currentTraceId() {
        return Optional.ofNullable(RequestTraceIds.current());
    }

    @Override
    public boolean configure(FeatureContext context) {
        return Installer.install(context);
    }
}
