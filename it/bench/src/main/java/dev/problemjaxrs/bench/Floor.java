package dev.problemjaxrs.bench;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.annotation.Annotation;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The "floor": the cheapest honest hand-written problem+json support, the yardstick the library must
 * stay close to. One mapper for every exception, one filter for bodiless errors, both writing a
 * fixed-shape document built by string concatenation (no JSON library, no request lookups, no logging).
 *
 * <p>What it does not do, and the library does: carry {@code Allow} and other headers, word details
 * from the request, name invalid parameters, honour an incoming trace id, log 5xx. Exceptions that
 * Jersey maps itself with a nearer type (Jackson's parse errors, Bean Validation) keep Jersey's answer,
 * as they would in an application that wrote only these two classes.
 */
final class Floor {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];
    private static final HexFormat HEX = HexFormat.of();

    private Floor() {
    }

    static String problem(int status) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"instance\":\""
                + HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong()) + "\"}";
    }

    /** Status from a WebApplicationException's response, else 500. */
    static final class Mapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            int status = exception instanceof WebApplicationException web ? web.getResponse().getStatus() : 500;
            return Response.status(status).type(PROBLEM_JSON).entity(problem(status)).build();
        }
    }

    /** A resource's or filter's error response without a body. */
    static final class Filter implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            int status = response.getStatus();
            if (status >= 400 && !response.hasEntity()) {
                response.setEntity(problem(status), NO_ANNOTATIONS, PROBLEM_JSON);
            }
        }
    }
}
