package dev.problemjaxrs;

import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.ThreadContext;
import org.glassfish.jersey.server.ResourceConfig;
import org.jboss.logging.MDC;

/** Resources that report what the application's code sees of the trace id: the accessor and the three MDCs. */
final class TraceContextResources {

    /** What the MDC held when each request reached the application's first filter, before the library's. */
    static final List<String> SEEN_AT_ENTRY = new CopyOnWriteArrayList<>();

    private TraceContextResources() {
    }

    static ResourceConfig application() {
        return new ResourceConfig(Traced.class, EntryProbe.class);
    }

    /** Runs before the library's pre-matching filter. */
    @PreMatching
    @Priority(1)
    static final class EntryProbe implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            SEEN_AT_ENTRY.add(String.valueOf(org.slf4j.MDC.get("traceId")) + "/" + ThreadContext.get("traceId")
                    + "/" + MDC.get("traceId") + "/" + ProblemFeature.currentTraceId().orElse(null));
        }
    }

    @Path("traced")
    public static final class Traced {

        /** The id as every logging framework's MDC and the accessor see it, joined by slashes. */
        @GET
        @Path("mdc")
        public String mdc() {
            return org.slf4j.MDC.get("traceId") + "/" + ThreadContext.get("traceId") + "/" + MDC.get("traceId") + "/"
                    + ProblemFeature.currentTraceId().orElse(null);
        }

        /** SLF4J's MDC under another key. */
        @GET
        @Path("mdc-key/{key}")
        public String mdcKey(@jakarta.ws.rs.PathParam("key") String key) {
            return org.slf4j.MDC.get(key);
        }

        @GET
        @Path("fails")
        public String fails() {
            throw new IllegalStateException("fails on purpose");
        }

        @GET
        @Path("empty")
        public Response empty() {
            return Response.noContent().build();
        }

        @GET
        @Path("async")
        public void async(@Suspended AsyncResponse response) {
            CompletableFuture.runAsync(() -> response.resume("on another thread: "
                    + ProblemFeature.currentTraceId().orElse("none")));
        }
    }
}
