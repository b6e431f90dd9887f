package dev.problemjaxrs.internal.jersey;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.internal.JaxRsParameters;
import dev.problemjaxrs.internal.JsonNames;
import dev.problemjaxrs.internal.PendingProblem;
import dev.problemjaxrs.internal.Reasons;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.glassfish.jersey.server.ParamException;

/**
 * A parameter that could not be converted. A path parameter addresses the resource, so a bad one means
 * the resource does not exist: 404. Any other is a bad request: 400 naming the parameter and what it
 * must be. (The specification's default is 404 for query and matrix parameters too.)
 */
final class ParamProblems {

    static final String TITLE = "Bad Request";
    static final String DETAIL = "A request parameter could not be read.";

    private ParamProblems() {
    }

    /** @param method the resource method, or null when unknown; it gives the parameter's type */
    static PendingProblem of(ParamException exception, Method method) {
        if (exception instanceof ParamException.PathParamException) {
            return PendingProblem.of(404, exception);
        }
        Type type = method == null ? null : typeOf(method, exception.getParameterType(), exception.getParameterName());
        String reason = type == null ? Reasons.INVALID : Reasons.mustBe(single(type));
        String name = exception.getParameterName() == null || exception.getParameterName().isBlank()
                ? "parameter" : exception.getParameterName();
        return new PendingProblem(400, "bad-request", null, TITLE, DETAIL, List.of(new InvalidParameter(name, reason)),
                exception);
    }

    private static Type typeOf(Method method, Class<? extends Annotation> annotation, String name) {
        JaxRsParameters.Kind kind = kind(annotation);
        for (JaxRsParameters.Parameter parameter : JaxRsParameters.of(method)) {
            if (parameter.kind() == kind && parameter.name().equals(name)) {
                return parameter.type();
            }
            if (parameter.kind() == JaxRsParameters.Kind.BEAN && JsonNames.raw(parameter.type()) != null) {
                Type inBean = beanFieldType(JsonNames.raw(parameter.type()), kind, name);
                if (inBean != null) {
                    return inBean;
                }
            }
        }
        return null;
    }

    private static Type beanFieldType(Class<?> bean, JaxRsParameters.Kind kind, String name) {
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                JaxRsParameters.Parameter parameter = JaxRsParameters.beanProperty(bean, field.getName());
                if (parameter != null && parameter.kind() == kind && name.equals(parameter.name())) {
                    return parameter.type();
                }
            }
        }
        return null;
    }

    /** A multi-valued parameter ({@code List<Integer>}) is judged by its element type. */
    private static Type single(Type type) {
        Class<?> raw = JsonNames.raw(type);
        return raw != null && (Collection.class.isAssignableFrom(raw) || raw == Optional.class)
                ? JsonNames.elementType(type) : type;
    }

    private static JaxRsParameters.Kind kind(Class<? extends Annotation> annotation) {
        if (annotation == QueryParam.class) {
            return JaxRsParameters.Kind.QUERY;
        } else if (annotation == HeaderParam.class) {
            return JaxRsParameters.Kind.HEADER;
        } else if (annotation == FormParam.class) {
            return JaxRsParameters.Kind.FORM;
        } else if (annotation == CookieParam.class) {
            return JaxRsParameters.Kind.COOKIE;
        } else if (annotation == MatrixParam.class) {
            return JaxRsParameters.Kind.MATRIX;
        } else if (annotation == PathParam.class) {
            return JaxRsParameters.Kind.PATH;
        } else if (annotation == BeanParam.class) {
            return JaxRsParameters.Kind.BEAN;
        }
        return JaxRsParameters.Kind.BODY;
    }
}
