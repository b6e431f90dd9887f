package dev.problemjaxrs.internal;

import dev.problemjaxrs.internal.jackson.JacksonIntegration;
import dev.problemjaxrs.internal.jersey.JerseyIntegration;
import dev.problemjaxrs.internal.jsonb.JsonbIntegration;
import dev.problemjaxrs.internal.mpconfig.MicroProfileProperties;
import dev.problemjaxrs.internal.otel.OpenTelemetryTraceSource;
import dev.problemjaxrs.internal.validation.ValidationIntegration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which optional integrations are present, decided once per class loader. Each integration's classes
 * are touched only behind its flag, so the jar loads on a runtime that lacks any of them.
 */
public final class Integrations {

    static final boolean JACKSON = present("com.fasterxml.jackson.databind.JsonMappingException")
            && present("com.fasterxml.jackson.core.exc.StreamWriteException");
    static final boolean JSONB = present("jakarta.json.bind.JsonbException")
            && present("jakarta.json.stream.JsonParsingException");
    static final boolean VALIDATION = present("jakarta.validation.ConstraintViolationException");
    static final boolean JERSEY = present("org.glassfish.jersey.server.ExtendedUriInfo");
    static final boolean MICROPROFILE_CONFIG = present("org.eclipse.microprofile.config.ConfigProvider");
    static final boolean OPENTELEMETRY = present("io.opentelemetry.api.trace.Span");

    private Integrations() {
    }

    static ExceptionTranslator translator() {
        List<Translator> translators = new ArrayList<>();
        if (JACKSON) {
            translators.add(JacksonIntegration.translator());
        }
        if (JSONB) {
            translators.add(JsonbIntegration.translator());
        }
        if (VALIDATION) {
            translators.add(ValidationIntegration.translator());
        }
        if (JERSEY) {
            translators.add(JerseyIntegration.translator());
        }
        return new ExceptionTranslator(translators);
    }

    /** Every exception mapper for the runtime at hand. */
    static List<Object> mappers() {
        List<Object> mappers = new ArrayList<>(List.of(new CoreMappers.WebApplication(), new CoreMappers.Problem(),
                new CoreMappers.Processing(), new CoreMappers.Unexpected()));
        if (JACKSON) {
            mappers.addAll(JacksonIntegration.mappers());
        }
        if (JSONB) {
            mappers.addAll(JsonbIntegration.mappers());
        }
        if (VALIDATION) {
            mappers.addAll(ValidationIntegration.mappers());
        }
        if (JERSEY) {
            mappers.addAll(JerseyIntegration.mappers());
        }
        return mappers;
    }

    static ResourceModel resourceModel() {
        return JERSEY ? JerseyIntegration.resourceModel() : ResourceModel.UNKNOWN;
    }

    /**
     * The library's properties: MicroProfile Config first, then the application's own Jakarta REST
     * properties, which win.
     */
    public static Map<String, Object> properties(Map<String, Object> applicationProperties) {
        if (!MICROPROFILE_CONFIG) {
            return applicationProperties;
        }
        Map<String, Object> merged = new HashMap<>(MicroProfileProperties.read());
        merged.putAll(applicationProperties);
        return merged;
    }

    static TraceSource traceSource() {
        return OPENTELEMETRY ? new OpenTelemetryTraceSource() : TraceSource.HEADERS;
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
