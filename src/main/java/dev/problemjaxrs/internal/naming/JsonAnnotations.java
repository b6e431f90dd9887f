package dev.problemjaxrs.internal.naming;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * What Jackson's and JSON-B's annotations say about a JSON name, for {@link JsonNames}: a property's or
 * constant's rename, a class's naming strategy, an enum's {@code @JsonValue} method. The annotations are
 * matched by name and read reflectively, so that neither library is needed.
 */
final class JsonAnnotations {

    private static final String JSON_VALUE = "com.fasterxml.jackson.annotation.JsonValue";
    private static final String JSON_NAMING = "com.fasterxml.jackson.databind.annotation.JsonNaming";
    private static final Set<String> RENAMING = Set.of("com.fasterxml.jackson.annotation.JsonProperty",
            "jakarta.json.bind.annotation.JsonbProperty");

    private JsonAnnotations() {
    }

    /** The {@code @JsonProperty} or {@code @JsonbProperty} rename on a field, method or constant; else null. */
    static String renamed(AnnotatedElement element) {
        if (element == null) {
            return null;
        }
        for (Annotation annotation : element.getAnnotations()) {
            if (RENAMING.contains(annotation.annotationType().getName())) {
                try {
                    Object value = annotation.annotationType().getMethod("value").invoke(annotation);
                    if (value instanceof String text && !text.isEmpty()) {
                        return text;
                    }
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The name a class-level {@code @JsonNaming} strategy gives a property ({@code first_name} for
     * {@code firstName} under snake case); null without one. Jackson's strategies translate through a
     * public {@code translate(String)}.
     */
    static String strategyName(Class<?> owner, String javaName) {
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Annotation annotation : c.getDeclaredAnnotations()) {
                if (annotation.annotationType().getName().equals(JSON_NAMING)) {
                    try {
                        Object strategy = ((Class<?>) annotation.annotationType().getMethod("value").invoke(annotation))
                                .getConstructor().newInstance();
                        Object translated = strategy.getClass().getMethod("translate", String.class)
                                .invoke(strategy, javaName);
                        return translated instanceof String text && !text.isEmpty() ? text : javaName;
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        return javaName;
                    }
                }
            }
        }
        return null;
    }

    /** An enum's {@code @JsonValue} method, made accessible; null if it has none or cannot be called. */
    static Method jsonValue(Class<?> type) {
        Method jsonValue = null;
        for (Method method : type.getMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                if (annotation.annotationType().getName().equals(JSON_VALUE) && method.getParameterCount() == 0
                        && enabled(annotation) && method.trySetAccessible()) {
                    // accessible as Jackson makes it: the enum itself need not be public
                    jsonValue = method;
                }
            }
        }
        return jsonValue;
    }

    /** {@code @JsonValue(false)} switches it off. */
    private static boolean enabled(Annotation annotation) {
        try {
            return !Boolean.FALSE.equals(annotation.annotationType().getMethod("value").invoke(annotation));
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
