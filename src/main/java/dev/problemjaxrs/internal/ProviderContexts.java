package dev.problemjaxrs.internal;

import dev.problemjaxrs.internal.cdi.CdiBeans;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.ext.ContextResolver;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The object an application configured its JSON provider with (its {@code ObjectMapper}, its {@code Jsonb}),
 * so that the library names properties as that provider reads them: the {@code ContextResolver} the
 * application registered, as an instance or a class, else the one CDI bean of that type (Quarkus produces
 * them from its configuration).
 */
final class ProviderContexts {

    private ProviderContexts() {
    }

    /**
     * A naming of JSON properties, read on first use (when the runtime has built the application's JSON
     * provider), then kept; its {@code get()} gives null where the application configured none.
     *
     * @param read an integration's naming, given how to find the application's object of a type; it gives
     *             null where there is none, or it sets no naming
     */
    static Supplier<UnaryOperator<String>> naming(Configuration configuration,
                                                  Function<Function<Class<?>, Object>, UnaryOperator<String>> read) {
        return new LazyNaming(configuration, read);
    }

    private static final class LazyNaming implements Supplier<UnaryOperator<String>> {
        /** Stands for "looked up, none found", so that the lookup runs once. */
        private static final UnaryOperator<String> NONE = name -> name;

        private final Configuration configuration;
        private final Function<Function<Class<?>, Object>, UnaryOperator<String>> read;
        private volatile UnaryOperator<String> naming;

        LazyNaming(Configuration configuration, Function<Function<Class<?>, Object>, UnaryOperator<String>> read) {
            this.configuration = configuration;
            this.read = read;
        }

        @Override
        public UnaryOperator<String> get() {
            UnaryOperator<String> current = naming;
            if (current == null) {
                current = read.apply(type -> find(configuration, type));
                current = current == null ? NONE : current;
                naming = current;
            }
            return current == NONE ? null : current;
        }
    }

    /** The application's {@code type}, or null where it configured none. */
    private static <T> T find(Configuration configuration, Class<T> type) {
        T resolved = fromResolvers(configuration, type);
        return resolved != null || !OptionalLibraries.CDI ? resolved : CdiBeans.bean(type);
    }

    private static <T> T fromResolvers(Configuration configuration, Class<T> type) {
        List<Object> candidates = new ArrayList<>();
        try {
            candidates.addAll(configuration.getInstances());
            candidates.addAll(configuration.getClasses());
        } catch (RuntimeException e) {
            // a runtime whose start-up configuration is gone by now
            return null;
        }
        for (Object candidate : candidates) {
            Class<?> resolverType = candidate instanceof Class<?> c ? c : candidate.getClass();
            if (!resolves(resolverType, type)) {
                continue;
            }
            try {
                Object resolver = candidate instanceof Class<?> c ? c.getConstructor().newInstance() : candidate;
                Object context = ((ContextResolver<?>) resolver).getContext(Object.class);
                if (type.isInstance(context)) {
                    return type.cast(context);
                }
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // one the runtime builds its own way (constructor injection): try the next
            }
        }
        return null;
    }

    private static boolean resolves(Class<?> resolverType, Class<?> type) {
        for (Class<?> c = resolverType; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type implemented : c.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType p && p.getRawType() == ContextResolver.class
                        && p.getActualTypeArguments()[0] instanceof Class<?> argument
                        && type.isAssignableFrom(argument)) {
                    return true;
                }
            }
        }
        return false;
    }
}
