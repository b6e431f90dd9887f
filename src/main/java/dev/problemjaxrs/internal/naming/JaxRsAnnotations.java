package dev.problemjaxrs.internal.naming;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Where the specification finds Jakarta REST annotations: a resource is a class (or a supertype of it)
 * with {@code @Path} or a request-method designator; a method without Jakarta REST annotations takes them
 * from the superclass or interface method it overrides. Cached per class, never per application.
 */
final class JaxRsAnnotations {

    private static final ClassValue<Boolean> RESOURCES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return isResourceType(type);
        }
    };

    private JaxRsAnnotations() {
    }

    /**
     * Whether a class is a Jakarta REST resource (root or sub-resource): it or a supertype carries
     * {@code @Path}, or one of its methods a request-method designator such as {@code @GET}. A CDI proxy or
     * subclass of a resource is one too.
     */
    static boolean isResource(Class<?> type) {
        return type != null && RESOURCES.get(type);
    }

    private static boolean isResourceType(Class<?> type) {
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(type);
        while (!types.isEmpty()) {
            Class<?> current = types.poll();
            if (current == Object.class) {
                continue;
            }
            if (current.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                return true;
            }
            for (Method method : current.getDeclaredMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    if (annotation.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class)
                            || annotation instanceof jakarta.ws.rs.Path) {
                        return true;
                    }
                }
            }
            if (current.getSuperclass() != null) {
                types.add(current.getSuperclass());
            }
            types.addAll(Arrays.asList(current.getInterfaces()));
        }
        return false;
    }

    /**
     * The method itself if it carries Jakarta REST annotations, else the nearest overridden one that does
     * (the specification's annotation inheritance); the method itself if none does.
     */
    static Method annotatedOverride(Method method) {
        if (hasJaxRsAnnotations(method)) {
            return method;
        }
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(method.getDeclaringClass());
        while (!types.isEmpty()) {
            Class<?> type = types.poll();
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
            types.addAll(Arrays.asList(type.getInterfaces()));
            try {
                Method candidate = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (hasJaxRsAnnotations(candidate)) {
                    return candidate;
                }
            } catch (NoSuchMethodException e) {
                // not declared here
            }
        }
        return method;
    }

    private static boolean hasJaxRsAnnotations(Method method) {
        if (isJaxRs(method.getAnnotations())) {
            return true;
        }
        for (Annotation[] parameter : method.getParameterAnnotations()) {
            if (isJaxRs(parameter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJaxRs(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getName().startsWith("jakarta.ws.rs.")) {
                return true;
            }
        }
        return false;
    }
}
