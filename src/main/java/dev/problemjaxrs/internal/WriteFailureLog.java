package dev.problemjaxrs.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;

/**
 * Logs a failure while writing a response body, with the request's trace id. Once a response is
 * committed (a streamed body that fails half-way) no mapper can answer any more: the client gets a
 * truncated body and this line is the only trace. If the runtime can still map the failure, the
 * renderer knows it was logged here and does not log it again.
 */
@Priority(Priorities.ENTITY_CODER - 500)
@ConstrainedTo(RuntimeType.SERVER)
public final class WriteFailureLog implements WriterInterceptor {

    /** Request property holding the failure this interceptor already logged. */
    static final String LOGGED_PROPERTY = "dev.problemjaxrs.loggedWriteFailure";

    private final ErrorLog errorLog;

    WriteFailureLog(ErrorLog errorLog) {
        this.errorLog = errorLog;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } catch (IOException | RuntimeException | Error e) {
            Object traceId = context.getProperty(ProblemRenderer.TRACE_ID_PROPERTY);
            errorLog.writeFailure(traceId instanceof String id ? id : "-", e);
            context.setProperty(LOGGED_PROPERTY, e);
            throw e;
        }
    }
}
