package dev.problemjaxrs.internal;

import dev.problemjaxrs.internal.trace.RequestTraceIds;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.InterceptorContext;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The end of a request with a body: clears the thread's current trace id once the body is written, and
 * logs a failure while writing it, with the request's trace id. Once a response is
 * committed (a streamed body that fails half-way) no mapper can answer any more: the client gets a
 * truncated body and this line is the only trace. If the runtime can still map the failure, the
 * response filter sees it was logged here and does not log it again.
 */
@Priority(Priorities.ENTITY_CODER - 500) // around every other interceptor, so it sees their failures too
@ConstrainedTo(RuntimeType.SERVER)
final class WriteFailureInterceptor implements WriterInterceptor {

    /** Request property holding the failure this interceptor already logged. */
    private static final String LOGGED_PROPERTY = "dev.problemjaxrs.loggedWriteFailure";

    private final RequestTraceIds traceIds;
    private final ErrorLog errorLog;
    /** Whether the runtime keeps a failed writer's bytes when it maps the failure ({@link HeldBody}). */
    private final boolean holdsBody;

    WriteFailureInterceptor(RequestTraceIds traceIds, ErrorLog errorLog, boolean holdsBody) {
        this.traceIds = traceIds;
        this.errorLog = errorLog;
        this.holdsBody = holdsBody;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        OutputStream target = context.getOutputStream();
        HeldBody held = holdsBody ? new HeldBody(target) : null;
        try {
            if (held != null) {
                context.setOutputStream(held);
            }
            context.proceed();
            if (held != null) {
                held.release();
            }
        } catch (IOException | RuntimeException | Error e) {
            failed(context, e);
            throw e;
        } finally {
            if (held != null) {
                context.setOutputStream(target);
            }
            traceIds.unbind();
        }
    }

    /** Logs a failed write with the request's trace id, and marks it logged for the response filter. */
    void failed(InterceptorContext context, Throwable e) {
        Object traceId = context.getProperty(RequestTraceIds.PROPERTY);
        errorLog.writeFailure(traceId instanceof String id ? id : "-", e);
        context.setProperty(LOGGED_PROPERTY, e);
    }

    /** Ends the thread's binding: nothing is left for this thread to do with the request. */
    void handedOver() {
        traceIds.unbind();
    }

    /** Whether this interceptor logged {@code cause}, or a cause of it, for this request already. */
    static boolean loggedAlready(ContainerRequestContext request, Throwable cause) {
        Object logged = request.getProperty(LOGGED_PROPERTY);
        for (Throwable t = cause; logged != null && t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t == logged) {
                return true;
            }
        }
        return false;
    }
}
