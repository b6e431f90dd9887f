package dev.problemjaxrs.internal;

import dev.problemjaxrs.internal.client.RemoteProblemReader;
import dev.problemjaxrs.internal.dropwizard.DropwizardIntegration;
import dev.problemjaxrs.internal.jackson.JacksonIntegration;
import dev.problemjaxrs.internal.jersey.JerseyClient;
import dev.problemjaxrs.internal.jersey.JerseyIntegration;
import dev.problemjaxrs.internal.jsonb.JsonbIntegration;
import dev.problemjaxrs.internal.microprofile.MicroProfileRestClient;
import dev.problemjaxrs.internal.otel.OpenTelemetryTraceSource;
import dev.problemjaxrs.internal.trace.TraceSource;
import dev.problemjaxrs.internal.validation.ValidationIntegration;
import jakarta.ws.rs.core.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Which optional libraries are present, decided once per class loader (a fact about the class path,
 * not about an application), and what each adds: exception families and mappers, a reader interceptor,
 * client providers, the trace source. Each integration's classes are touched only behind its
 * flag, so the jar loads on a runtime that lacks any of them. Which runtime serves the application is
 * {@link ServingRuntime}'s to decide.
 */
final class OptionalLibraries {

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
    static final boolean CDI = present("jakarta.enterprise.inject.spi.CDI");
    static final boolean DROPWIZARD = present("io.dropwizard.jersey.validation.JerseyViolationException");

    private OptionalLibraries() {
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
            families.add(ValidationIntegration.family(defaultNaming(configuration)));
        }
        if (JERSEY) {
            families.add(JerseyIntegration.family());
        }
        if (DROPWIZARD) {
            families.add(DropwizardIntegration.family());
        }
        return families;
    }

    /**
     * How the application names the JSON properties a class does not name itself: its ObjectMapper's
     * strategy, else its Jsonb's (whichever reads its bodies has one set; both rarely do); the Java names
     * where neither is set. Looked up on first use, when the runtime has built both.
     */
    private static Supplier<UnaryOperator<String>> defaultNaming(Configuration configuration) {
        Supplier<UnaryOperator<String>> jackson = JACKSON
                ? ProviderContexts.naming(configuration, JacksonIntegration::defaultNaming) : () -> null;
        Supplier<UnaryOperator<String>> jsonb = jsonbNaming(configuration);
        return () -> {
            UnaryOperator<String> naming = jackson.get();
            naming = naming != null ? naming : jsonb.get();
            return naming != null ? naming : UnaryOperator.identity();
        };
    }

    private static Supplier<UnaryOperator<String>> jsonbNaming(Configuration configuration) {
        return JSONB ? ProviderContexts.naming(configuration, JsonbIntegration::defaultNaming) : () -> null;
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
    static List<Object> readerInterceptors(Configuration configuration) {
        return JSONB ? List.of(JsonbIntegration.readerInterceptor(jsonbNaming(configuration))) : List.of();
    }

    static TraceSource traceSource() {
        return OPENTELEMETRY ? new OpenTelemetryTraceSource() : TraceSource.HEADERS;
    }

    static boolean present(String className) {
        try {
            Class.forName(className, false, OptionalLibraries.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
