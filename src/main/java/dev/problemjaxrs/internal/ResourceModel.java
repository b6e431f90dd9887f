package dev.problemjaxrs.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * What the runtime knows of the resource a request addressed, for the details of 405, 406 and 415 and
 * the reason of a parameter that did not convert. Only Jersey exposes it; elsewhere nothing is known and
 * the details stay generic.
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
