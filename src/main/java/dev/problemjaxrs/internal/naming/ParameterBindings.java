package dev.problemjaxrs.internal.naming;

import dev.problemjaxrs.internal.naming.JaxRsResources.Kind;
import dev.problemjaxrs.internal.naming.JaxRsResources.Parameter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a Jakarta REST annotation binds, for {@link JaxRsResources}: a parameter's kind and HTTP name,
 * on a resource method's parameter or on a {@code @BeanParam} class's field or setter.
 */
final class ParameterBindings {

    private ParameterBindings() {
    }

    static Kind kindOf(Class<? extends Annotation> source) {
        if (source == QueryParam.class) {
            return Kind.QUERY;
        } else if (source == PathParam.class) {
            return Kind.PATH;
        } else if (source == HeaderParam.class) {
            return Kind.HEADER;
        } else if (source == FormParam.class) {
            return Kind.FORM;
        } else if (source == CookieParam.class) {
            return Kind.COOKIE;
        } else if (source == MatrixParam.class) {
            return Kind.MATRIX;
        }
        return Kind.BODY;
    }

    static Parameter parameter(Annotation[] annotations, Type type) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam a) {
                return new Parameter(Kind.QUERY, a.value(), type);
            } else if (annotation instanceof PathParam a) {
                return new Parameter(Kind.PATH, a.value(), type);
            } else if (annotation instanceof HeaderParam a) {
                return new Parameter(Kind.HEADER, a.value(), type);
            } else if (annotation instanceof FormParam a) {
                return new Parameter(Kind.FORM, a.value(), type);
            } else if (annotation instanceof CookieParam a) {
                return new Parameter(Kind.COOKIE, a.value(), type);
            } else if (annotation instanceof MatrixParam a) {
                return new Parameter(Kind.MATRIX, a.value(), type);
            } else if (annotation instanceof BeanParam) {
                return new Parameter(Kind.BEAN, null, type);
            } else if (annotation instanceof Context || annotation.annotationType().getName().endsWith(".Suspended")) {
                return new Parameter(Kind.CONTEXT, null, type);
            }
        }
        return new Parameter(Kind.BODY, null, type);
    }

    static Map<String, Parameter> beanFields(Class<?> type) {
        Map<String, Parameter> fields = new ConcurrentHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    add(fields, field.getName(), field, field.getGenericType());
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().startsWith("set") && method.getName().length() > 3
                        && method.getParameterCount() == 1) {
                    String property = Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4);
                    add(fields, property, method, method.getGenericParameterTypes()[0]);
                }
            }
        }
        return Map.copyOf(fields);
    }

    private static void add(Map<String, Parameter> fields, String property, AccessibleObject member, Type type) {
        Parameter parameter = parameter(member.getAnnotations(), type);
        if (parameter.kind() != Kind.BODY) {
            fields.putIfAbsent(property, parameter);
        }
    }
}
