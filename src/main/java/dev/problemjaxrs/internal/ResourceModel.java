package dev.problemjaxrs.internal;

import dev.problemjaxrs.InvalidParameter;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * What is known of the resource a request addressed, for the details of 405, 406 and 415 and the name
 * and reason of a parameter that did not convert. Jersey exposes its own model; on other runtimes the
 * library reads the application's resource classes ({@code AnnotatedResourceModel}).
 */
public interface ResourceModel {

    /** Media types the addressed resource can produce for the request's method. */
    List<String> produces(ContainerRequestContext request);

    /** Media types the addressed resource accepts for the request's method. */
    List<String> consumes(ContainerRequestContext request);

    /** HTTP methods the addressed resource supports. */
    List<String> allowedMethods(ContainerRequestContext request);

    /**
     * The declared type of the matched resource method's parameter bound by {@code source} (such as
     * {@code QueryParam.class}) under {@code name}, looking into {@code @BeanParam}s; null if unknown.
     */
    Type parameterType(ContainerRequestContext request, Class<? extends Annotation> source, String name);

    /**
     * The exception the runtime handled without a mapper (one whose response carried an entity), or null
     * if the runtime does not say.
     */
    default Throwable unmappedException(ContainerRequestContext request) {
        return null;
    }

    /**
     * The query, matrix, header and cookie parameters of the addressed method whose values in the request
     * do not convert to their declared types; for a runtime that reports a conversion failure without
     * naming the parameter. Empty where the runtime names it itself.
     */
    default List<InvalidParameter> unconvertedParameters(ContainerRequestContext request) {
        return List.of();
    }

    /**
     * Whether the request's path addresses a resource that lacks the request's method, judged over the
     * whole path, for a runtime that answers such a request 404. False where the model cannot be sure
     * (Jersey's, which knows only the resource matched last).
     */
    default boolean refusesMethod(ContainerRequestContext request) {
        return false;
    }

    /**
     * Whether the {@code Allow} the runtime put on its own answer to this request lists methods the
     * addressed resource does not have (CXF lists every root resource's): it is dropped, and on a 405
     * replaced by {@link #allowedMethods}.
     */
    default boolean replacesRuntimeAllow(ContainerRequestContext request) {
        return false;
    }

    ResourceModel UNKNOWN = new ResourceModel() {
        @Override
        public List<String> produces(ContainerRequestContext request) {
            return List.of();
        }

        @Override
        public List<String> consumes(ContainerRequestContext request) {
            return List.of();
        }

        @Override
        public List<String> allowedMethods(ContainerRequestContext request) {
            return List.of();
        }

        @Override
        public Type parameterType(ContainerRequestContext request, Class<? extends Annotation> source, String name) {
            return null;
        }
    };
}
