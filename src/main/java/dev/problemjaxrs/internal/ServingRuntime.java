package dev.problemjaxrs.internal;

import static dev.problemjaxrs.internal.OptionalLibraries.CDI;
import static dev.problemjaxrs.internal.OptionalLibraries.JERSEY;
import static dev.problemjaxrs.internal.OptionalLibraries.MICROPROFILE_CONFIG;
import static dev.problemjaxrs.internal.OptionalLibraries.present;

import dev.problemjaxrs.internal.cdi.CdiBeans;
import dev.problemjaxrs.internal.cxf.CxfIntegration;
import dev.problemjaxrs.internal.jersey.JerseyIntegration;
import dev.problemjaxrs.internal.mpconfig.MicroProfileProperties;
import dev.problemjaxrs.internal.quarkus.QuarkusRestIntegration;
import dev.problemjaxrs.internal.resteasy.ResteasyDeployment;
import dev.problemjaxrs.internal.trace.RequestTraceIds;
import dev.problemjaxrs.internal.trace.RequestView;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Configuration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which runtime serves the application (Jersey, Quarkus REST, classic RESTEasy, CXF, any other) and how
 * the library hooks into it: where its properties and resource classes are read, how a request is read,
 * whether writes are watched. The runtimes' classes can share a class path, so where that is not enough
 * the configuration a runtime hands the feature decides. Which libraries are present is
 * {@link OptionalLibraries}'.
 */
final class ServingRuntime {

    static final boolean QUARKUS_REST = present("org.jboss.resteasy.reactive.server.core.CurrentRequestManager")
            && present("org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext");
    static final boolean CXF = present("org.apache.cxf.jaxrs.JAXRSServiceImpl");
    /** RESTEasy's SPI, as this library's class loader sees it (Open Liberty hides it from applications). */
    static final boolean RESTEASY_SPI = present("org.jboss.resteasy.spi.concurrent.ThreadContexts");

    private ServingRuntime() {
    }

    /**
     * Jersey's own model where Jersey runs; elsewhere the model read from the application's resource
     * classes: those registered with the application, with CDI the bean classes (Quarkus registers none),
     * on RESTEasy those of its deployment (resources it found by scanning are neither registered nor
     * beans), and on CXF, whose feature configuration holds none of them, those of the endpoint serving the
     * request. Asked for its classes once, on the first error that needs the model.
     */
    static ResourceModel resourceModel(Configuration configuration) {
        if (JERSEY) {
            return JerseyIntegration.resourceModel();
        }
        Optional<ResteasyDeployment> resteasy = ResteasyDeployment.of(configuration);
        return new AnnotatedResourceModel(() -> {
            Set<Class<?>> classes = new LinkedHashSet<>();
            try {
                classes.addAll(configuration.getClasses());
                configuration.getInstances().forEach(instance -> classes.add(instance.getClass()));
            } catch (RuntimeException e) {
                // a runtime whose start-up configuration is gone by now: the beans are the source
            }
            if (CDI) {
                classes.addAll(CdiBeans.beanClasses());
            }
            if (CXF) {
                classes.addAll(CxfIntegration.resourceClasses());
            }
            resteasy.ifPresent(deployment -> classes.addAll(deployment.resourceClasses()));
            return classes;
        }, CXF ? request -> CxfIntegration.refusedBeforeMatching() : request -> false);
    }

    /**
     * The library's properties: MicroProfile Config first, then the application's own Jakarta REST
     * properties, which win. On RESTEasy the {@code Application}'s properties are read directly too: a
     * feature found by scanning is configured before RESTEasy copies them into the configuration.
     */
    static Map<String, Object> properties(Configuration configuration) {
        Optional<ResteasyDeployment> resteasy = ResteasyDeployment.of(configuration);
        if (!MICROPROFILE_CONFIG && resteasy.isEmpty()) {
            return configuration.getProperties();
        }
        Map<String, Object> merged = new HashMap<>();
        if (MICROPROFILE_CONFIG) {
            merged.putAll(MicroProfileProperties.read(Settings.PREFIX, Settings.knownKeys()));
        }
        resteasy.ifPresent(deployment -> merged.putAll(deployment.applicationProperties()));
        merged.putAll(configuration.getProperties());
        return merged;
    }

    /**
     * Whether Quarkus REST serves this application: its classes can be present where another runtime serves
     * (a test class path, a server with several stacks), so the configuration it hands the feature decides.
     */
    static boolean quarkusRest(Configuration configuration) {
        return QUARKUS_REST && configuration.getClass().getName().startsWith("org.jboss.resteasy.reactive.");
    }

    /** How the steps every request takes read it on this application's runtime. */
    static RequestView requestView(Configuration configuration) {
        if (quarkusRest(configuration)) {
            RequestTraceIds.askRuntimeForCurrent(QuarkusRestIntegration::currentTraceId);
            return QuarkusRestIntegration.requestView();
        }
        if (resteasyClassic(configuration)) {
            return RESTEASY_VIEW;
        }
        return RequestView.STANDARD;
    }

    /**
     * Classic RESTEasy keeps the request target as received and parses it into a {@code java.net.URI} on the
     * first {@code getRequestUri()}, a few hundred nanoseconds on every request. Its {@code getPath(false)}
     * is the raw path after the application's base (the whole path where the target does not start with
     * the base), cut from the same text, without a parse. Only the container matched what precedes it.
     */
    private static final RequestView RESTEASY_VIEW = new RequestView() {
        @Override
        public String rawPath(ContainerRequestContext request) {
            return request.getUriInfo().getPath(false);
        }

        @Override
        public List<String> headers(ContainerRequestContext request, String name) {
            return STANDARD.headers(request, name);
        }
    };

    /**
     * Whether the request step runs right after matching instead of before it. On Quarkus REST: there any
     * pre-matching filter activates the CDI request scope on the event loop, and a blocking resource method
     * then pays for handing that scope over to its worker thread, about 3 % of a successful request. After
     * matching the step runs on the thread the method runs on, where the scope is active anyway. A request
     * that never gets there (nothing matched, an earlier filter aborted) is checked when its error is
     * answered, so the client gets the same answer as on every other runtime.
     */
    static boolean checksAfterMatching(Configuration configuration) {
        return quarkusRest(configuration);
    }

    /**
     * Whether write failures and the end of a body are watched by a writer interceptor. Not on Quarkus REST,
     * where any writer interceptor takes every response off its direct serialisation path: it serialises a
     * body before committing the response, so a failure there still reaches the exception mappers.
     */
    static boolean interceptsWrites(Configuration configuration) {
        return !quarkusRest(configuration);
    }

    /**
     * The writer interceptor as registered: on classic RESTEasy one that can also watch asynchronous writes,
     * since a single interceptor that cannot takes every response off RESTEasy's asynchronous write path.
     */
    static Object writeWatch(Configuration configuration, WriteFailureInterceptor writes) {
        if (RESTEASY_SPI && resteasyClassic(configuration)) {
            return ResteasyDeployment.writingAsynchronously(writes, writes::failed, writes::handedOver);
        }
        return writes;
    }

    /**
     * Whether the runtime keeps what a failed writer wrote when it maps the failure, so the problem would
     * follow it in one body: classic RESTEasy (seen on Quarkus's Vert.x transport, whose reset keeps the
     * buffer). Jersey discards its buffer; Quarkus REST serialises before it writes.
     */
    static boolean keepsFailedWrites(Configuration configuration) {
        return resteasyClassic(configuration);
    }

    /**
     * Where RESTEasy (classic) serves and its SPI is visible, its client's asynchronous calls carry the served
     * request's trace id ({@code resteasy.ClientThreads}); Jersey's client does it with an interceptor of its
     * own ({@code jersey.TraceIdOnCallerThread}).
     */
    static void carryTraceIdsToClientThreads(Configuration configuration) {
        if (RESTEASY_SPI && resteasyClassic(configuration)) {
            ResteasyDeployment.carryTraceIdsToClientThreads();
        }
    }

    private static boolean resteasyClassic(Configuration configuration) {
        return configuration.getClass().getName().startsWith("org.jboss.resteasy.") && !quarkusRest(configuration);
    }
}
