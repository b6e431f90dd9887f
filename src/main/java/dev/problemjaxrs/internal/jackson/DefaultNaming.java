package dev.problemjaxrs.internal.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.ext.ContextResolver;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The naming strategy an application set on its ObjectMapper ({@code SNAKE_CASE} for every class, say), for
 * the JSON properties a class does not name itself: a violation on {@code streetName} is then reported as
 * {@code street_name}, the name the client sent. The mapper is the one the application reads bodies with: a
 * {@code ContextResolver<ObjectMapper>} it registered, else an {@code ObjectMapper} bean (Quarkus produces
 * one from {@code quarkus.jackson.*}). Looked up on the first violation, when the runtime has built both;
 * none found, the Java names stay.
 */
final class DefaultNaming implements Supplier<UnaryOperator<String>> {

    private final Configuration configuration;
    /** Whether CDI's API is present: only then is a bean looked up. */
    private final boolean cdi;
    private volatile UnaryOperator<String> naming;

    DefaultNaming(Configuration configuration, boolean cdi) {
        this.configuration = configuration;
        this.cdi = cdi;
    }

    @Override
    public UnaryOperator<String> get() {
        UnaryOperator<String> current = naming;
        if (current == null) {
            current = translating(mapper());
            naming = current;
        }
        return current;
    }

    private ObjectMapper mapper() {
        ObjectMapper resolved = fromResolvers();
        return resolved != null ? resolved : cdi ? fromBean() : null;
    }

    /** The application's {@code ContextResolver<ObjectMapper>}, registered as an instance or a class. */
    private ObjectMapper fromResolvers() {
        List<Object> candidates = new ArrayList<>();
        try {
            candidates.addAll(configuration.getInstances());
            candidates.addAll(configuration.getClasses());
        } catch (RuntimeException e) {
            // a runtime whose start-up configuration is gone by now
            return null;
        }
        for (Object candidate : candidates) {
            Class<?> type = candidate instanceof Class<?> c ? c : candidate.getClass();
            if (!resolvesObjectMapper(type)) {
                continue;
            }
            try {
                Object resolver = candidate instanceof Class<?> c ? c.getConstructor().newInstance() : candidate;
                if (((ContextResolver<?>) resolver).getContext(Object.class) instanceof ObjectMapper mapper) {
                    return mapper;
                }
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // one the runtime builds its own way (constructor injection): try the next
            }
        }
        return null;
    }

    private static boolean resolvesObjectMapper(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type implemented : c.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType p && p.getRawType() == ContextResolver.class
                        && p.getActualTypeArguments()[0] instanceof Class<?> argument
                        && ObjectMapper.class.isAssignableFrom(argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ObjectMapper fromBean() {
        try {
            Instance<ObjectMapper> bean = CDI.current().select(ObjectMapper.class);
            return bean.isResolvable() ? bean.get() : null;
        } catch (RuntimeException | LinkageError e) {
            // no container here, or no such bean
            return null;
        }
    }

    /**
     * Jackson's strategies for every class ({@code PropertyNamingStrategies.NamingBase} and the older
     * {@code PropertyNamingStrategy} constants) translate a name through a public {@code translate(String)};
     * a strategy that needs the member it names is not followed.
     */
    private static UnaryOperator<String> translating(ObjectMapper mapper) {
        Object strategy = mapper == null ? null : mapper.getPropertyNamingStrategy();
        if (strategy == null) {
            return UnaryOperator.identity();
        }
        try {
            Method translate = strategy.getClass().getMethod("translate", String.class);
            if (!Modifier.isPublic(translate.getDeclaringClass().getModifiers()) && !translate.trySetAccessible()) {
                return UnaryOperator.identity();
            }
            return name -> {
                try {
                    return translate.invoke(strategy, name) instanceof String text && !text.isEmpty() ? text : name;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return name;
                }
            };
        } catch (NoSuchMethodException e) {
            return UnaryOperator.identity();
        }
    }
}
