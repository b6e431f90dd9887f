package dev.problemjaxrs;

import dev.problemjaxrs.internal.Installer;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

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

    @Override
    public boolean configure(FeatureContext context) {
        return Installer.install(context);
    }
}
