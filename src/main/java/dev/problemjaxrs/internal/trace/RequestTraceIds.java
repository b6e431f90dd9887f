package dev.problemjaxrs.internal.trace;

import dev.problemjaxrs.ProblemFeature;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Assigns each request its trace id once, as the request property {@link ProblemFeature#TRACE_ID_PROPERTY},
 * where every later step (mappers' responses, the response filter, the writer interceptor, the application)
 * reads it. One per application: the request-id header is the application's setting.
 */
public final class RequestTraceIds {

    /** The request property holding the trace id. */
    public static final String PROPERTY = ProblemFeature.TRACE_ID_PROPERTY;

    /*
     * The trace id of the request this thread is serving, for code that has no request context (the service
     * layer). A String only: it cannot keep an application's class loader alive.
     */
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private final TraceSource source;
    private final String requestIdHeader;

    /** @param requestIdHeader the header with a client's request id, or null to read none */
    public RequestTraceIds(TraceSource source, String requestIdHeader) {
        this.source = source;
        this.requestIdHeader = requestIdHeader;
    }

    /**
     * The request's trace id: the one already assigned, or a new one from the request's headers. The
     * pre-matching filter assigns it first; a runtime that skipped that filter still gets one here.
     */
    public String of(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof String id && TraceIds.isValid(id)) {
            return id;
        }
        String id = source.traceId(request.getHeaders(), requestIdHeader);
        request.setProperty(PROPERTY, id);
        return id;
    }

    /** Makes {@code traceId} this thread's current one, until {@link #unbind()}. */
    public static void bind(String traceId) {
        CURRENT.set(traceId);
    }

    /** This thread serves no request any more. */
    public static void unbind() {
        CURRENT.remove();
    }

    /** The trace id of the request this thread is serving, or null. */
    public static String current() {
        return CURRENT.get();
    }
}
