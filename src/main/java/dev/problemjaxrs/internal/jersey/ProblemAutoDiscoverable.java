package dev.problemjaxrs.internal.jersey;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.internal.Installer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Registers {@link ProblemFeature} on every Jersey server application that has this jar on its class
 * path, unless {@code problemjaxrs.auto-discovery=false} (or Jersey's own
 * {@code jersey.config.disableAutoDiscovery}) says otherwise. Clients are left alone.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public final class ProblemAutoDiscoverable implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        Configuration configuration = context.getConfiguration();
        if (configuration.getRuntimeType() == RuntimeType.SERVER
                && Installer.autoDiscoveryEnabled(configuration)
                && !configuration.isRegistered(ProblemFeature.class)) {
            context.register(ProblemFeature.class);
        }
    }
}
