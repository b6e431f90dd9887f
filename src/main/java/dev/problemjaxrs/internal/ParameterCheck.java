package dev.problemjaxrs.internal;

import dev.problemjaxrs.internal.naming.Reasons;
import dev.problemjaxrs.internal.naming.JaxRsResources;
import dev.problemjaxrs.internal.naming.JsonNames;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.PathSegment;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * One query, matrix, header or cookie parameter of a resource method (or of its {@code @BeanParam}s),
 * with the conversion the specification prescribes for its declared type, decided once when the model is
 * built. Asked only after a runtime reported a conversion failure without naming the parameter: which of
 * the request's values does not convert? Types whose conversion the library cannot repeat exactly
 * (an application's {@code ParamConverter}, {@code fromString} of its own) are never named.
 */
record ParameterCheck(Class<? extends Annotation> source, String name, Type type, boolean multiValued,
                      Consumer<String> conversion) {

    /** The checkable parameters of a resource method, in declaration order. */
    static List<ParameterCheck> of(Method method) {
        List<ParameterCheck> checks = new ArrayList<>();
        for (JaxRsResources.Parameter parameter : JaxRsResources.parameters(method)) {
            if (parameter.kind() == JaxRsResources.Kind.BEAN) {
                Class<?> bean = JsonNames.raw(parameter.type());
                if (bean != null) {
                    JaxRsResources.beanParameters(bean).forEach(field -> add(checks, field));
                }
            } else {
                add(checks, parameter);
            }
        }
        return List.copyOf(checks);
    }

    private static void add(List<ParameterCheck> checks, JaxRsResources.Parameter parameter) {
        Class<? extends Annotation> source = switch (parameter.kind()) {
            case QUERY -> QueryParam.class;
            case MATRIX -> MatrixParam.class;
            case HEADER -> HeaderParam.class;
            case COOKIE -> CookieParam.class;
            default -> null;
        };
        if (source == null || parameter.name() == null) {
            return;
        }
        Type single = JaxRsResources.single(parameter.type());
        Class<?> raw = JsonNames.raw(parameter.type());
        boolean multi = raw != null && Collection.class.isAssignableFrom(raw);
        checks.add(new ParameterCheck(source, parameter.name(), single, multi, conversion(JsonNames.raw(single))));
    }

    /** The client-facing reason when the value does not convert. */
    String reason() {
        return Reasons.mustBe(type);
    }

    /** False if a value the request holds for this parameter does not convert to its declared type. */
    boolean converts(ContainerRequestContext request) {
        if (conversion == null) {
            return true;
        }
        List<String> values = values(request);
        for (int i = 0; i < values.size() && (i == 0 || multiValued); i++) {
            String value = values.get(i);
            if (value == null || value.isEmpty()) {
                continue; // runtimes differ on empty values (default or null): never name one
            }
            try {
                conversion.accept(value);
            } catch (RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    private List<String> values(ContainerRequestContext request) {
        if (source == QueryParam.class) {
            List<String> values = request.getUriInfo().getQueryParameters().get(name);
            return values == null ? List.of() : values;
        }
        if (source == HeaderParam.class) {
            List<String> values = request.getHeaders().get(name);
            return values == null ? List.of() : values;
        }
        if (source == CookieParam.class) {
            Cookie cookie = request.getCookies().get(name);
            return cookie == null ? List.of() : List.of(cookie.getValue());
        }
        List<String> values = new ArrayList<>();
        for (PathSegment segment : request.getUriInfo().getPathSegments()) {
            List<String> found = segment.getMatrixParameters().get(name);
            if (found != null) {
                values.addAll(found);
            }
        }
        return values.isEmpty() ? matrixValues(request.getUriInfo().getRequestUri().getRawPath(), name) : values;
    }

    /**
     * The values of a matrix parameter read from the raw path, for a runtime whose path segments do not
     * carry them.
     */
    static List<String> matrixValues(String rawPath, String name) {
        List<String> values = new ArrayList<>();
        if (rawPath == null || rawPath.indexOf(';') < 0) {
            return values;
        }
        for (String segment : rawPath.split("/")) {
            String[] parts = segment.split(";");
            for (int i = 1; i < parts.length; i++) {
                int equals = parts[i].indexOf('=');
                String key = decode(equals < 0 ? parts[i] : parts[i].substring(0, equals));
                if (key.equals(name)) {
                    values.add(equals < 0 ? "" : decode(parts[i].substring(equals + 1)));
                }
            }
        }
        return values;
    }

    /** Percent-decoding of a path part: a '+' stays a '+'. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /**
     * What the specification's conversion does for the JDK's types (primitives through their wrapper's
     * {@code valueOf}, enums through {@code valueOf}, {@code UUID.fromString}); null where it cannot be
     * repeated here (an enum's own {@code fromString}), or where every string converts.
     */
    private static Consumer<String> conversion(Class<?> type) {
        return type == null || type.isEnum() && declaresFromString(type) ? null : Reasons.conversion(type);
    }

    /** An enum's own {@code fromString} takes precedence over {@code valueOf} in the specification. */
    private static boolean declaresFromString(Class<?> type) {
        try {
            return Modifier.isStatic(type.getMethod("fromString", String.class).getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
