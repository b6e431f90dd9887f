package dev.problemjaxrs.internal.trace;

import dev.problemjaxrs.ProblemFeature;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.function.Supplier;

/**
 * Assigns each request its trace id once, as the request property {@link ProblemFeature#TRACE_ID_PROPERTY},
 * where every later step (mappers' responses, the response filter, the writer interceptor, the application)
 * reads it; and binds it to the thread serving the request, for code without a request context and for
 * the logging frameworks' MDCs. One per application: the headers and the MDC key are its settings.
 */
public final class RequestTraceIds {

    /** The request property holding the trace id. */
    public static final String PROPERTY = ProblemFeature.TRACE_ID_PROPERTY;

    /*
     * The trace id of the request this thread is serving, for code that has no request context (the service
     * layer). A String only: it cannot keep an application's class loader alive.
     */
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /*
     * Where a runtime keeps the request it serves on the current thread, for the threads the binding never
     * reached (Quarkus REST's worker threads); set once per class loader by the runtime's integration.
     */
    private static volatile Supplier<String> runtimeCurrent = () -> null;

    private final TraceSource source;
    private final RequestView view;
    private final String requestIdHeader;
    private final String mdcKey;
    private final LogContext[] logContexts;

    /**
     * @param view            how this runtime's request headers are read
     * @param requestIdHeader the header with a client's request id, or null to read none
     * @param mdcKey          the MDC key of the trace id, or null to put it in no MDC; put in every MDC present
     */
    public RequestTraceIds(TraceSource source, RequestView view, String requestIdHeader, String mdcKey) {
        this(source, view, requestIdHeader, mdcKey, LogContexts.all());
    }

    RequestTraceIds(TraceSource source, RequestView view, String requestIdHeader, String mdcKey,
                    List<LogContext> logContexts) {
        this.source = source;
        this.view = view;
        this.requestIdHeader = requestIdHeader;
        this.mdcKey = mdcKey;
        this.logContexts = mdcKey == null ? new LogContext[0] : logContexts.toArray(LogContext[]::new);
    }

    /**
     * The request's trace id: the one already assigned, or a new one from the request's headers. The
     * pre-matching filter assigns it first; a runtime that skipped that filter still gets one here.
     */
    public String of(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof String id && TraceIds.isValid(id)) {
            return id;
        }
        String id = source.traceId(name -> view.headers(request, name), requestIdHeader);
        request.setProperty(PROPERTY, id);
        return id;
    }

    /** Makes {@code traceId} this thread's current one, in the MDCs too, until {@link #unbind()}. */
    public void bind(String traceId) {
        CURRENT.set(traceId);
        for (LogContext context : logContexts) {
            context.put(mdcKey, traceId);
        }
    }

    /** Binds the request's id to this thread unless it already is: an asynchronous response resumes elsewhere. */
    public void bindIfElsewhere(ContainerRequestContext request) {
        if (CURRENT.get() == null) {
            bind(of(request));
        }
    }

    /** This thread serves no request any more. */
    public void unbind() {
        CURRENT.remove();
        for (LogContext context : logContexts) {
            context.remove(mdcKey);
        }
    }

    /**
     * Binds {@code traceId} to this thread, where a request's work continues (a client's pool thread), unless
     * the thread already has one; the MDCs are left alone.
     *
     * @return whether it was bound, and must be {@link #release() released}
     */
    public static boolean adopt(String traceId) {
        if (traceId == null || CURRENT.get() != null) {
            return false;
        }
        CURRENT.set(traceId);
        return true;
    }

    /** Ends an {@link #adopt adopted} binding. */
    public static void release() {
        CURRENT.remove();
    }

    /** The trace id of the request this thread is serving, or null. */
    public static String current() {
        String id = CURRENT.get();
        return id != null ? id : runtimeCurrent.get();
    }

    /** Where the runtime keeps its current request, asked when this thread has no id bound. */
    public static void askRuntimeForCurrent(Supplier<String> current) {
        runtimeCurrent = current;
    }
}
