package dev.problemjaxrs.internal.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.UnaryOperator;

/**
 * The naming strategy an application set on its ObjectMapper ({@code SNAKE_CASE} for every class, say), for
 * the JSON properties a class does not name itself: a violation on {@code streetName} is then reported as
 * {@code street_name}, the name the client sent. The mapper is the one the application reads bodies with: a
 * {@code ContextResolver<ObjectMapper>} it registered, else an {@code ObjectMapper} bean (Quarkus produces
 * one from {@code quarkus.jackson.*}), found by the core.
 */
final class DefaultNaming {

    private DefaultNaming() {
    }

    /**
     * Jackson's strategies for every class ({@code PropertyNamingStrategies.NamingBase} and the older
     * {@code PropertyNamingStrategy} constants) translate a name through a public {@code translate(String)};
     * a strategy that needs the member it names is not followed. Null where the mapper has none.
     */
    static UnaryOperator<String> of(ObjectMapper mapper) {
        Object strategy = mapper == null ? null : mapper.getPropertyNamingStrategy();
        if (strategy == null) {
            return null;
        }
        try {
            Method translate = strategy.getClass().getMethod("translate", String.class);
            if (!Modifier.isPublic(translate.getDeclaringClass().getModifiers()) && !translate.trySetAccessible()) {
                return null;
            }
            return name -> {
                try {
                    return translate.invoke(strategy, name) instanceof String text && !text.isEmpty() ? text : name;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return name;
                }
            };
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
