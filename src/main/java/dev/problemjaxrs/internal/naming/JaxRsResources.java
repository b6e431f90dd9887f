package dev.problemjaxrs.internal.naming;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the application's classes declare in Jakarta REST annotations: whether a class is a resource, which
 * method carries a method's annotations ({@link JaxRsAnnotations}), and the HTTP names of a resource method's
 * parameters (never from Java parameter names, which need {@code -parameters}). Follows the specification's
 * annotation inheritance: a method without Jakarta REST annotations takes them from the superclass or
 * interface method it overrides. Computed once per method.
 */
public final class JaxRsResources {

    /** What a parameter is on the wire. */
    public enum Kind { QUERY, PATH, HEADER, FORM, COOKIE, MATRIX, BEAN, CONTEXT, BODY }

    /** One parameter: its kind, its HTTP name (null for a body or bean) and its declared type. */
    public record Parameter(Kind kind, String name, Type type) {
    }

    /*
     * Facts about the application's classes, kept in ClassValues: they live with the class they describe,
     * so a shared jar (a container's lib/, a dev-mode reload) never keeps a dropped application's class
     * loader alive the way a static map keyed by its methods would.
     */
    private static final ClassValue<Map<Method, List<Parameter>>> BY_METHOD = new ClassValue<>() {
        @Override
        protected Map<Method, List<Parameter>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    private static final ClassValue<Map<List<Object>, Optional<Method>>> BY_SIGNATURE = new ClassValue<>() {
        @Override
        protected Map<List<Object>, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    private static final ClassValue<Map<String, Parameter>> BEAN_FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Parameter> computeValue(Class<?> type) {
            return ParameterBindings.beanFields(type);
        }
    };

    private JaxRsResources() {
    }

    /**
     * Whether a class is a Jakarta REST resource (root or sub-resource): it or a supertype carries
     * {@code @Path}, or one of its methods a request-method designator such as {@code @GET}. A CDI proxy or
     * subclass of a resource is one too.
     */
    public static boolean isResource(Class<?> type) {
        return JaxRsAnnotations.isResource(type);
    }

    /** The method whose Jakarta REST annotations apply to {@code method}: itself, or the one it overrides. */
    public static Method annotatedOverride(Method method) {
        return JaxRsAnnotations.annotatedOverride(method);
    }

    /** The parameters of a resource method, in declaration order. */
    public static List<Parameter> parameters(Method method) {
        return BY_METHOD.get(method.getDeclaringClass()).computeIfAbsent(method, JaxRsResources::compute);
    }

    /**
     * A method of {@code type} or its supertypes by name and parameter types, or null. A CDI proxy's
     * subclass declares the same signature, so any match serves: annotations are found by
     * {@link #parameters(Method)} through inheritance.
     */
    public static Method find(Class<?> type, String name, List<Class<?>> parameterTypes) {
        return BY_SIGNATURE.get(type).computeIfAbsent(List.of(name, List.copyOf(parameterTypes)),
                signature -> Optional.ofNullable(lookUp(type, name, parameterTypes))).orElse(null);
    }

    private static Method lookUp(Class<?> type, String name, List<Class<?>> parameterTypes) {
        Class<?>[] types = parameterTypes.toArray(new Class<?>[0]);
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, types);
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        try {
            return type.getMethod(name, types);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * The declared type of the parameter that {@code source} (such as {@code QueryParam.class}) binds under
     * {@code name}, in the method or its {@code @BeanParam}s; a multi-valued parameter ({@code List<Integer>})
     * gives its element type. Null if there is none.
     */
    public static Type typeOf(Method method, Class<? extends Annotation> source, String name) {
        Kind kind = ParameterBindings.kindOf(source);
        for (Parameter parameter : parameters(method)) {
            if (parameter.kind() == kind && name.equals(parameter.name())) {
                return single(parameter.type());
            }
            Class<?> bean = parameter.kind() == Kind.BEAN ? JsonNames.raw(parameter.type()) : null;
            if (bean != null) {
                for (Parameter field : BEAN_FIELDS.get(bean).values()) {
                    if (field.kind() == kind && name.equals(field.name())) {
                        return single(field.type());
                    }
                }
            }
        }
        return null;
    }

    /** The type one value converts to: a multi-valued parameter's ({@code List<Integer>}) element type. */
    public static Type single(Type type) {
        Class<?> raw = JsonNames.raw(type);
        return raw != null && (Collection.class.isAssignableFrom(raw) || raw == Optional.class)
                ? JsonNames.elementType(type) : type;
    }

    /** The parameters a {@code @BeanParam} class binds through its fields and setters. */
    public static Collection<Parameter> beanParameters(Class<?> beanType) {
        return BEAN_FIELDS.get(beanType).values();
    }

    /** A {@code @BeanParam} class's field or setter by Java property name, or null. */
    public static Parameter beanProperty(Class<?> beanType, String property) {
        return BEAN_FIELDS.get(beanType).get(property);
    }

    private static List<Parameter> compute(Method method) {
        Method annotated = JaxRsAnnotations.annotatedOverride(method);
        Annotation[][] annotations = annotated.getParameterAnnotations();
        Type[] types = annotated.getGenericParameterTypes();
        List<Parameter> parameters = new ArrayList<>(types.length);
        for (int i = 0; i < types.length; i++) {
            parameters.add(ParameterBindings.parameter(annotations[i], types[i]));
        }
        return List.copyOf(parameters);
    }
}
