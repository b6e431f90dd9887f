package dev.problemjaxrs.internal;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;

/** What {@code ProblemFeature.configure} does: read the settings once, register every provider. */
public final class Installer {

    private Installer() {
    }

    /**
     * @return false on a client, or when the feature was already installed in this application
     * @throws IllegalArgumentException naming the property if the configuration is invalid
     */
    public static boolean install(FeatureContext context) {
        Configuration configuration = context.getConfiguration();
        if (configuration.getRuntimeType() != RuntimeType.SERVER || isInstalled(configuration)) {
            return false;
        }
        Settings settings = Settings.from(Integrations.properties(configuration.getProperties()));
        ProblemRenderer renderer = new ProblemRenderer(settings, Integrations.resourceModel(),
                Integrations.traceSource());
        context.register(new ProblemFilters.Request(renderer, settings));
        context.register(new ProblemFilters.Response(renderer));
        if (!configuration.isRegistered(ProblemWriter.class)) {
            context.register(ProblemWriter.class);
        }
        context.register(new PendingProblemWriter(renderer));
        context.register(new WriteFailureLog(renderer.errorLog()));
        for (Object mapper : Integrations.mappers()) {
            context.register(mapper);
        }
        return true;
    }

    private static boolean isInstalled(Configuration configuration) {
        for (Object instance : configuration.getInstances()) {
            if (instance instanceof ProblemFilters.Response) {
                return true;
            }
        }
        return false;
    }
}
