package dev.problemjaxrs.internal.naming;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The JSON names of the client's inputs: paths into a body as the client wrote them ({@code items[0].name},
 * each segment bounded and valid Unicode: {@link InputNames}), and the JSON name of a Java property,
 * honouring {@code @JsonProperty} (Jackson) and {@code @JsonbProperty} (JSON-B) on the field, getter or
 * record component. The annotations are
 * matched by name so that neither library is needed ({@link JsonAnnotations}). Computed once per class
 * and property.
 */
public final class JsonNames {

    /**
     * A property's JSON name and declared type.
     *
     * @param declared whether the class names it (an annotation, a class-level strategy): the
     *                 application's default naming then does not apply
     */
    public record Property(String jsonName, Type type, boolean declared) {

        /** The JSON name, under {@code defaultNaming} unless the class declares it. */
        public String jsonName(UnaryOperator<String> defaultNaming) {
            return declared ? jsonName : defaultNaming.apply(jsonName);
        }
    }

    private static final ClassValue<Map<String, Property>> CACHE = new ClassValue<>() {
        @Override
        protected Map<String, Property> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** The name of the request body itself, or of a constraint on the whole body. */
    public static final String BODY = InputNames.BODY;

    private JsonNames() {
    }

    /** Appends a property segment, with a dot when something precedes it. */
    public static void appendProperty(StringBuilder path, String segment) {
        InputNames.appendProperty(path, segment);
    }

    /** Appends an index or key segment. */
    public static void appendIndex(StringBuilder path, Object index) {
        InputNames.appendIndex(path, index);
    }

    /** The finished path: {@link #BODY} when empty, truncated when too long. */
    public static String finish(StringBuilder path) {
        return InputNames.finish(path);
    }

    /** The property {@code javaName} of {@code owner}; its own name and Object type if not found. */
    public static Property property(Class<?> owner, String javaName) {
        if (owner == null) {
            return new Property(javaName, Object.class, false);
        }
        return CACHE.get(owner).computeIfAbsent(javaName, name -> find(owner, name));
    }

    /** The element type of a collection, array, map or optional; Object if unknown. */
    public static Type elementType(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = raw(p);
            Type[] arguments = p.getActualTypeArguments();
            if (raw != null && Map.class.isAssignableFrom(raw) && arguments.length == 2) {
                return arguments[1];
            }
            if (raw != null && (Iterable.class.isAssignableFrom(raw) || raw == Optional.class) && arguments.length == 1) {
                return arguments[0];
            }
        }
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        return Object.class;
    }

    /** The class of a type: a parameterized type's raw class, {@code Object[]} for a generic array; else null. */
    public static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return null;
    }

    /**
     * The values a client writes for an enum's constants: a {@code @JsonValue} method's result, else each
     * constant's {@code @JsonProperty} or {@code @JsonbProperty} rename, else its name. Annotations matched
     * by name, as everywhere here.
     */
    public static List<String> enumValues(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        Method jsonValue = JsonAnnotations.jsonValue(type);
        List<String> values = new ArrayList<>(constants.length);
        for (Object constant : constants) {
            String name = ((Enum<?>) constant).name();
            String value = null;
            try {
                value = jsonValue != null ? String.valueOf(jsonValue.invoke(constant))
                        : JsonAnnotations.renamed(type.getField(name));
            } catch (ReflectiveOperationException | RuntimeException e) {
                // the constant's own name below
            }
            values.add(value != null ? value : name);
        }
        return values;
    }

    private static Property find(Class<?> owner, String javaName) {
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            Field field = declaredField(c, javaName);
            Method getter = getter(c, javaName);
            String renamed = JsonAnnotations.renamed(field);
            if (renamed == null) {
                renamed = JsonAnnotations.renamed(getter);
            }
            if (field != null || getter != null) {
                Type type = field != null ? field.getGenericType() : getter.getGenericReturnType();
                String named = renamed != null ? renamed : JsonAnnotations.strategyName(owner, javaName);
                return new Property(named != null ? named : javaName, type, named != null);
            }
        }
        return new Property(javaName, Object.class, false);
    }

    private static Field declaredField(Class<?> owner, String name) {
        try {
            return owner.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Method getter(Class<?> owner, String name) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {"get" + capitalised, "is" + capitalised, name}) {
            try {
                Method method = owner.getDeclaredMethod(candidate);
                if (method.getReturnType() != void.class) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next naming convention
            }
        }
        return null;
    }
}
