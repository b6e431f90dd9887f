package dev.problemjaxrs.internal;

import dev.problemjaxrs.internal.trace.RequestTraceIds;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;

/**
 * What {@code ProblemFeature.configure} does: read the settings once and build the application's own
 * object graph (trace ids, renderer, translation, log), then register each step as a provider. Nothing
 * of it is static, so two applications in one class loader never share a setting.
 */
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
        RequestTraceIds traceIds = new RequestTraceIds(Integrations.traceSource(), settings.requestIdHeader(),
                settings.mdcKey(), Integrations.logContexts());
        ProblemRenderer renderer = new ProblemRenderer(settings, Integrations.resourceModel(configuration));
        ErrorLog errorLog = new ErrorLog(settings.logBurstLimit());
        Translation translation = new Translation(Integrations.families(), renderer);

        context.register(new RequestFilter(traceIds, renderer, settings));
        for (Object mapper : Integrations.mappers(translation)) {
            context.register(mapper);
        }
        for (Object interceptor : Integrations.readerInterceptors()) {
            context.register(interceptor);
        }
        context.register(new ResponseFilter(traceIds, renderer, errorLog));
        context.register(new WriteFailureInterceptor(traceIds, errorLog));
        if (!configuration.isRegistered(ProblemWriter.class)) {
            context.register(ProblemWriter.class);
        }
        context.register(new FallbackWriter(renderer));
        return true;
    }

    /**
     * Whether Jersey's auto-discovery may register the feature: {@code problemjaxrs.auto-discovery}, from
     * the application's properties or MicroProfile Config.
     */
    public static boolean autoDiscoveryEnabled(Configuration configuration) {
        return Settings.autoDiscovery(Integrations.properties(configuration.getProperties()));
    }

    private static boolean isInstalled(Configuration configuration) {
        for (Object instance : configuration.getInstances()) {
            if (instance instanceof ResponseFilter) {
                return true;
            }
        }
        return false;
    }
}
