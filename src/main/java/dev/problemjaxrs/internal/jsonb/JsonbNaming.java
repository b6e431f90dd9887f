package dev.problemjaxrs.internal.jsonb;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.lang.reflect.Field;
import java.util.function.UnaryOperator;

/**
 * The property naming strategy of the application's {@code Jsonb} (its {@code ContextResolver<Jsonb>}, else a
 * CDI bean), for the properties a class does not name itself: with {@code LOWER_CASE_WITH_UNDERSCORES} a
 * violation on {@code streetName} is reported as {@code street_name}. JSON-B's API cannot give a
 * {@code Jsonb}'s configuration back; Yasson, the implementation of every runtime tested, keeps it in its
 * context, read here by reflection. Any other implementation, or a Yasson that refuses the reflection,
 * leaves the Java names (name such fields with {@code @JsonbProperty}).
 */
final class JsonbNaming {

    private static final String YASSON_CONTEXT = "org.eclipse.yasson.internal.JsonbContext";

    private JsonbNaming() {
    }

    /** The naming of {@code jsonb}'s strategy; null where it has none, or it cannot be read. */
    static UnaryOperator<String> of(Jsonb jsonb) {
        PropertyNamingStrategy strategy = strategy(jsonb);
        if (strategy == null) {
            return null;
        }
        return name -> {
            try {
                String translated = strategy.translateName(name);
                return translated == null || translated.isEmpty() ? name : translated;
            } catch (RuntimeException e) {
                return name;
            }
        };
    }

    /** Yasson's resolved strategy: its context's {@code getConfigProperties().getPropertyNamingStrategy()}. */
    private static PropertyNamingStrategy strategy(Jsonb jsonb) {
        if (jsonb == null) {
            return null;
        }
        for (Class<?> type = jsonb.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!field.getType().getName().equals(YASSON_CONTEXT) || !field.trySetAccessible()) {
                    continue;
                }
                try {
                    Object context = field.get(jsonb);
                    Object properties = context.getClass().getMethod("getConfigProperties").invoke(context);
                    return properties.getClass().getMethod("getPropertyNamingStrategy").invoke(properties)
                            instanceof PropertyNamingStrategy strategy ? strategy : null;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
