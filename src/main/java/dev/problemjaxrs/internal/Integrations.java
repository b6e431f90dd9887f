package dev.problemjaxrs.internal;

import dev.problemjaxrs.internal.cdi.CdiBeans;
import dev.problemjaxrs.internal.client.RemoteProblemReader;
import dev.problemjaxrs.internal.cxf.CxfIntegration;
import dev.problemjaxrs.internal.dropwizard.DropwizardIntegration;
import dev.problemjaxrs.internal.jackson.JacksonIntegration;
import dev.problemjaxrs.internal.jersey.JerseyClient;
import dev.problemjaxrs.internal.jersey.JerseyIntegration;
import dev.problemjaxrs.internal.jsonb.JsonbIntegration;
import dev.problemjaxrs.internal.mdc.LogContexts;
import dev.problemjaxrs.internal.microprofile.MicroProfileRestClient;
import dev.problemjaxrs.internal.mpconfig.MicroProfileProperties;
import dev.problemjaxrs.internal.otel.OpenTelemetryTraceSource;
import dev.problemjaxrs.internal.quarkus.QuarkusRestIntegration;
import dev.problemjaxrs.internal.resteasy.ResteasyDeployment;
import dev.problemjaxrs.internal.trace.LogContext;
import dev.problemjaxrs.internal.trace.RequestTraceIds;
import dev.problemjaxrs.internal.trace.RequestView;
import dev.problemjaxrs.internal.trace.TraceSource;
import dev.problemjaxrs.internal.validation.ValidationIntegration;
import jakarta.ws.rs.core.Configuration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Which optional integrations are present, decided once per class loader (a fact about the class path,
 * not about an application). Each integration's classes are touched only behind its flag, so the jar
 * loads on a runtime that lacks any of them.
 */
final class Integrations {

    static final boolean JACKSON = present("com.fasterxml.jackson.databind.JsonMappingException")
            && present("com.fasterxml.jackson.core.exc.StreamWriteException");
    static final boolean JSONB = present("jakarta.json.bind.JsonbException")
            && present("jakarta.json.stream.JsonParsingException");
    static final boolean VALIDATION = present("jakarta.validation.ConstraintViolationException");
    static final boolean JERSEY = present("org.glassfish.jersey.server.ExtendedUriInfo");
    static final boolean JERSEY_CLIENT = present("org.glassfish.jersey.client.spi.PreInvocationInterceptor");
    static final boolean MICROPROFILE_CONFIG = present("org.eclipse.microprofile.config.ConfigProvider");
    static final boolean REST_CLIENT =
            present("org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper");
    static final boolean OPENTELEMETRY = present("io.opentelemetry.api.trace.Span");
    static final boolean SLF4J = present("org.slf4j.MDC");
    static final boolean LOG4J = present("org.apache.logging.log4j.ThreadContext");
    static final boolean JBOSS_LOGGING = present("org.jboss.logging.MDC");
    static final boolean CDI = present("jakarta.enterprise.inject.spi.CDI");
    static final boolean QUARKUS_REST = present("org.jboss.resteasy.reactive.server.core.CurrentRequestManager")
            && present("org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext");
    static final boolean CXF = present("org.apache.cxf.jaxrs.JAXRSServiceImpl");
    static final boolean DROPWIZARD = present("io.dropwizard.jersey.validation.JerseyViolationException");

    private Integrations() {
    }

    /** The exception families of the integrations present, new for each application. */
    static List<ExceptionFamily> families(Configuration configuration) {
        List<ExceptionFamily> families = new ArrayList<>();
        if (JACKSON) {
            families.add(JacksonIntegration.family());
        }
        if (JSONB) {
            families.add(JsonbIntegration.family());
        }
        if (VALIDATION) {
            // only Jackson lets an application's default naming be read back (JSON-B's stays in its JsonbConfig)
            families.add(ValidationIntegration.family(JACKSON ? JacksonIntegration.defaultNaming(configuration, CDI)
                    : UnaryOperator::identity));
        }
        if (JERSEY) {
            families.add(JerseyIntegration.family());
        }
        if (DROPWIZARD) {
            families.add(DropwizardIntegration.family());
        }
        return families;
    }

    /** Every exception mapper for the runtime at hand, handing over to the application's translation. */
    static List<Object> mappers(Translation translation) {
        List<Object> mappers = new ArrayList<>(ExceptionMappers.all(translation));
        if (JACKSON) {
            mappers.addAll(JacksonIntegration.mappers(translation));
        }
        if (JSONB) {
            mappers.addAll(JsonbIntegration.mappers(translation));
        }
        if (VALIDATION) {
            mappers.addAll(ValidationIntegration.mappers(translation));
        }
        if (JERSEY) {
            mappers.addAll(JerseyIntegration.mappers(translation));
        }
        if (DROPWIZARD && VALIDATION) {
            mappers.addAll(DropwizardIntegration.mappers(translation));
        }
        return mappers;
    }

    /** What a client needs besides the core's filters: Jersey's async hand-over of the trace id, MicroProfile's mapper. */
    static List<Object> clientProviders(Object configuration, RemoteProblemReader reader, boolean propagateTrace) {
        List<Object> providers = new ArrayList<>();
        // Jersey's hook only on Jersey's client: another runtime would warn about a provider it cannot use
        if (JERSEY_CLIENT && propagateTrace && configuration.getClass().getName().startsWith("org.glassfish.jersey.")) {
            providers.add(JerseyClient.traceIdInterceptor());
        }
        restClientMapper(reader).ifPresent(providers::add);
        return providers;
    }

    /** MicroProfile Rest Client's response exception mapper, when its API is present. */
    private static Optional<Object> restClientMapper(RemoteProblemReader reader) {
        return REST_CLIENT ? Optional.of(MicroProfileRestClient.mapper(reader)) : Optional.empty();
    }

    /** Reader interceptors of the integrations present. */
    static List<Object> readerInterceptors() {
        return JSONB ? List.of(JsonbIntegration.readerInterceptor()) : List.of();
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
        return RequestView.STANDARD;
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
     * Whether the runtime keeps what a failed writer wrote when it maps the failure, so the problem would
     * follow it in one body: classic RESTEasy (seen on Quarkus's Vert.x transport, whose reset keeps the
     * buffer). Jersey discards its buffer; Quarkus REST serialises before it writes.
     */
    static boolean keepsFailedWrites(Configuration configuration) {
        return configuration.getClass().getName().startsWith("org.jboss.resteasy.") && !quarkusRest(configuration);
    }

    static TraceSource traceSource() {
        return OPENTELEMETRY ? new OpenTelemetryTraceSource() : TraceSource.HEADERS;
    }

    /** The MDCs of the logging frameworks present. */
    static List<LogContext> logContexts() {
        List<LogContext> contexts = new ArrayList<>();
        if (SLF4J) {
            contexts.add(LogContexts.slf4j());
        }
        if (LOG4J) {
            contexts.add(LogContexts.log4j());
        }
        if (JBOSS_LOGGING) {
            contexts.add(LogContexts.jbossLogging());
        }
        return contexts;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Integrations.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
