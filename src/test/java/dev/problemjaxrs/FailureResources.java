package dev.problemjaxrs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.glassfish.jersey.server.ResourceConfig;

/** Resources and providers that fail in the ways real applications do. */
final class FailureResources {

    static final String PARTIAL = "{\"items\":[";

    private FailureResources() {
    }

    static ResourceConfig application() {
        return new ResourceConfig(Failing.class, BrokenMapper.class, BrokenFilter.class);
    }

    /** An application exception whose own mapper is broken. */
    static final class AccountLocked extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    public static class BrokenMapper implements ExceptionMapper<AccountLocked> {
        @Override
        public Response toResponse(AccountLocked exception) {
            throw new IllegalStateException("the mapper itself fails");
        }
    }

    /** Breaks responses of /failing/poisoned-header and /failing/filter-throws. */
    public static class BrokenFilter implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            String path = request.getUriInfo().getPath();
            if (path.endsWith("poisoned-header")) {
                response.getHeaders().add("Retry-After", new Object() {
                    @Override
                    public String toString() {
                        throw new IllegalStateException("a header value that cannot be written");
                    }
                });
            } else if (path.endsWith("filter-throws") && !"problem+json".equals(subtype(response))) {
                // chokes on the application's own response, as a filter that inspects entities might
                throw new IllegalStateException("a response filter fails");
            }
        }
    }

    private static String subtype(ContainerResponseContext response) {
        return response.getMediaType() == null ? null : response.getMediaType().getSubtype();
    }

    /** A 200 entity that Jackson cannot write: its getter fails. */
    public static class Unwritable {
        public String getValue() {
            throw new IllegalStateException("a getter that fails");
        }
    }

    @Path("/failing")
    public static class Failing {
        @GET
        @Path("/unwritable")
        @Produces(MediaType.APPLICATION_JSON)
        public Unwritable unwritable() {
            return new Unwritable();
        }

        @GET
        @Path("/mapper")
        public String mapper() {
            throw new AccountLocked();
        }

        @GET
        @Path("/poisoned-header")
        public Response poisonedHeader() {
            return Response.status(503).build();
        }

        @GET
        @Path("/filter-throws")
        public Response filterThrows() {
            return Response.ok("{}", MediaType.APPLICATION_JSON).build();
        }

        @GET
        @Path("/stream-late")
        @Produces(MediaType.APPLICATION_JSON)
        public StreamingOutput streamLate() {
            return out -> {
                out.write(PARTIAL.getBytes(StandardCharsets.UTF_8));
                out.write(new byte[16 * 1024]);
                out.flush();
                throw new IllegalStateException("the stream fails after the response was committed");
            };
        }

        @GET
        @Path("/stream-early")
        @Produces(MediaType.APPLICATION_JSON)
        public StreamingOutput streamEarly() {
            return out -> {
                out.write(PARTIAL.getBytes(StandardCharsets.UTF_8));
                throw new IllegalStateException("the stream fails before anything was sent");
            };
        }

        @GET
        @Path("/async-resume")
        public void asyncResume(@Suspended AsyncResponse response) {
            new Thread(() -> response.resume(new IllegalStateException("async failure"))).start();
        }

        @GET
        @Path("/async-stage")
        public CompletionStage<String> asyncStage() {
            return CompletableFuture.supplyAsync(() -> {
                throw new IllegalStateException("stage failure");
            });
        }

        @GET
        @Path("/async-not-found")
        public CompletionStage<String> asyncNotFound() {
            return CompletableFuture.supplyAsync(() -> {
                throw new jakarta.ws.rs.NotFoundException();
            });
        }
    }
}
