package dev.problemjaxrs.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;

/**
 * What the runtime knows of the resource a request addressed, for the details of 405, 406 and 415.
 * Only Jersey exposes it once matching has failed; elsewhere the lists are empty and the details
 * stay generic.
 */
public interface ResourceModel {

    /** Media types the addressed resource can produce for the request's method. */
    List<String> produces(ContainerRequestContext request);

    /** Media types the addressed resource accepts for the request's method. */
    List<String> consumes(ContainerRequestContext request);

    /** HTTP methods the addressed resource supports. */
    List<String> allowedMethods(ContainerRequestContext request);

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
    };
}
