package dev.problemjaxrs.internal;

import dev.problemjaxrs.Problem;
import dev.problemjaxrs.internal.client.ClientProviders;
import dev.problemjaxrs.internal.client.RemoteProblemReader;
import dev.problemjaxrs.internal.trace.RequestTraceIds;
import dev.problemjaxrs.internal.trace.RequestView;
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
     * On a client, the client's providers instead ({@link #installClient}).
     *
     * @return false when the feature was already installed in this application or client
     * @throws IllegalArgumentException naming the property if the configuration is invalid
     */
    public static boolean install(FeatureContext context) {
        Configuration configuration = context.getConfiguration();
        if (isInstalled(configuration)) {
            return false;
        }
        Settings settings = Settings.from(ServingRuntime.properties(configuration));
        if (configuration.getRuntimeType() == RuntimeType.CLIENT) {
            installClient(context, configuration, settings);
            return true;
        }
        if (settings.propagateTrace()) {
            ServingRuntime.carryTraceIdsToClientThreads(configuration);
        }
        RequestView view = ServingRuntime.requestView(configuration);
        RequestTraceIds traceIds = new RequestTraceIds(OptionalLibraries.traceSource(), view,
                settings.requestIdHeader(), settings.mdcKey());
        ProblemRenderer renderer = new ProblemRenderer(settings, ServingRuntime.resourceModel(configuration));
        ErrorLog errorLog = new ErrorLog(settings.logBurstLimit());
        Translation translation = new Translation(OptionalLibraries.families(configuration), renderer);

        RequestFilter requestFilter = new RequestFilter(traceIds, view, renderer, settings);
        boolean afterMatching = ServingRuntime.checksAfterMatching(configuration);
        context.register(afterMatching ? requestFilter.afterMatching() : requestFilter);
        for (Object mapper : OptionalLibraries.mappers(translation)) {
            context.register(mapper);
        }
        for (Object interceptor : OptionalLibraries.readerInterceptors(configuration)) {
            context.register(interceptor);
        }
        boolean interceptsWrites = ServingRuntime.interceptsWrites(configuration);
        context.register(new ResponseFilter(traceIds, view, renderer, errorLog, interceptsWrites,
                afterMatching ? requestFilter : null));
        context.register(new EntityReadInterceptor());
        if (interceptsWrites) {
            context.register(ServingRuntime.writeWatch(configuration, new WriteFailureInterceptor(traceIds, errorLog,
                    ServingRuntime.keepsFailedWrites(configuration))));
        }
        if (!configuration.isRegistered(ProblemWriter.class)) {
            context.register(ProblemWriter.class);
        }
        context.register(new FallbackWriter(renderer));
        return true;
    }

    /**
     * A client: error responses read into {@code RemoteProblemException}, and (unless switched off) the
     * served request's trace id carried as {@code traceparent}; for MicroProfile Rest Client, its mapper too.
     */
    private static void installClient(FeatureContext context, Configuration configuration, Settings settings) {
        RemoteProblemReader reader = new RemoteProblemReader(Installer::statusDefaults);
        ClientProviders.install(context, reader, settings.propagateTrace(), OptionalLibraries.REST_CLIENT);
        for (Object provider : OptionalLibraries.clientProviders(configuration, reader,
                settings.propagateTrace())) {
            context.register(provider);
        }
    }

    /** The problem of an error status whose body is not a problem document: the catalog's title and detail. */
    private static Problem statusDefaults(int status) {
        StatusCatalog.Entry entry = StatusCatalog.of(status);
        return Problem.builder().title(entry.title()).detail(entry.detail()).build();
    }

    /**
     * Whether Jersey's auto-discovery may register the feature: {@code problemjaxrs.auto-discovery}, from
     * the application's properties or MicroProfile Config.
     */
    public static boolean autoDiscoveryEnabled(Configuration configuration) {
        return Settings.autoDiscovery(ServingRuntime.properties(configuration));
    }

    private static boolean isInstalled(Configuration configuration) {
        for (Object instance : configuration.getInstances()) {
            if (instance instanceof ResponseFilter || ClientProviders.isOurs(instance)) {
                return true;
            }
        }
        return false;
    }
}
