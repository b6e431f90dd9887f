package dev.problemjaxrs;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;

/** The resources the core tests talk to. */
final class CoreResources {

    static final String SECRET_MESSAGE = "jdbc:postgresql://db.internal/prod password=hunter2";

    private CoreResources() {
    }

    static ResourceConfig application() {
        return new ResourceConfig(Things.class, Errors.class, AbortFilter.class);
    }

    @Path("/things")
    public static class Things {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String list() {
            return "{\"items\":[]}";
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public String create(String body) {
            return body;
        }

        @DELETE
        @Path("/{id}")
        public void delete(@PathParam("id") String id) {
            // accepted
        }
    }

    @Path("/errors")
    public static class Errors {
        @GET
        @Path("/status/{code}")
        public String status(@PathParam("code") int code) {
            throw new WebApplicationException(code);
        }

        @GET
        @Path("/bodiless/{code}")
        public Response bodiless(@PathParam("code") int code) {
            return Response.status(code).header("ETag", "\"v1\"").header("X-Kept", "yes").build();
        }

        @GET
        @Path("/cacheable-conflict")
        public Response cacheableConflict() {
            return Response.status(409).header("Cache-Control", "public, max-age=3600")
                    .header("Expires", "Wed, 02 Jan 2030 03:04:05 GMT").build();
        }

        @GET
        @Path("/boom")
        public String boom() {
            throw new IllegalStateException(SECRET_MESSAGE);
        }

        /** An exception class no other endpoint throws: a burst of the same class prints one stack. */
        @GET
        @Path("/boom-once")
        public String boomOnce() {
            throw new IllegalArgumentException(SECRET_MESSAGE);
        }

        @GET
        @Path("/burst")
        public String burst() {
            throw new UnsupportedOperationException("burst");
        }

        @GET
        @Path("/unauthorized")
        public String unauthorized() {
            throw new NotAuthorizedException("Bearer realm=\"api\"");
        }

        @GET
        @Path("/forbidden")
        public String forbidden() {
            throw new ForbiddenException();
        }

        /** A 403 whose headers would tell it apart from a 404. */
        @GET
        @Path("/forbidden-with-headers")
        public String forbiddenWithHeaders() {
            throw new ForbiddenException(Response.status(403).header("X-Required-Scope", "secrets:write")
                    .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\"").build());
        }

        @GET
        @Path("/rate-limited")
        public String rateLimited(@QueryParam("retry") String retry) {
            throw new WebApplicationException(Response.status(429)
                    .header("Retry-After", retry)
                    .header("X-RateLimit-Limit", "10")
                    .header("Set-Cookie", "session=abc")
                    .header("ETag", "\"stale\"")
                    .header("Content-Encoding", "gzip")
                    .header("Last-Modified", "Sun, 06 Nov 1994 08:49:37 GMT")
                    .build());
        }

        @GET
        @Path("/unavailable")
        public String unavailable() {
            throw new ServiceUnavailableException(Date.from(Instant.parse("2030-01-02T03:04:05Z")));
        }

        @GET
        @Path("/redirect")
        public String redirect() {
            throw new RedirectionException(303, URI.create("/things"));
        }

        @GET
        @Path("/with-entity")
        public String withEntity() {
            throw new WebApplicationException(Response.status(400).entity("chosen by the application")
                    .type(MediaType.TEXT_PLAIN).build());
        }

        @GET
        @Path("/own-problem")
        public String ownProblem() {
            throw new ProblemException(403, Problem.builder()
                    .type("https://example.com/errors/secrets#maximum-secrets-allowed")
                    .title("Maxmimum number of secrets already met")
                    .detail("This account has reached maximum number of '2' allowed secrets")
                    .build(), Map.of("X-Account-Limit", List.of("2")));
        }

        @GET
        @Path("/own-problem-default-type")
        public String ownProblemDefaultType() {
            throw new ProblemException(409, Problem.builder().title("Conflict")
                    .detail("This resource cannot be updated once the job has started running").build());
        }
    }

    /** Aborts before matching when asked to, as an authentication filter would. */
    @PreMatching
    public static class AbortFilter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            String status = request.getHeaderString("X-Test-Abort");
            if (status != null) {
                request.abortWith(Response.status(Integer.parseInt(status))
                        .header("WWW-Authenticate", "Basic realm=\"api\"").build());
            }
        }
    }
}
