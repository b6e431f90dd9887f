package dev.problemjaxrs.internal.jersey;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.internal.trace.RequestTraceIds;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.ClientRequestContext;
import org.glassfish.jersey.client.spi.PreInvocationInterceptor;

/**
 * Jersey's client runs the request filters of an asynchronous invocation ({@code async()}, {@code rx()}) on
 * its executor's thread, where the served request's trace id is not bound; its pre-invocation interceptors
 * still run on the caller's thread. This one copies the trace id into the client request's property
 * {@link ProblemFeature#TRACE_ID_PROPERTY} (unless the application set it), where the traceparent filter
 * finds it on any thread.
 */
@ConstrainedTo(RuntimeType.CLIENT)
final class TraceIdOnCallerThread implements PreInvocationInterceptor {

    @Override
    public void beforeRequest(ClientRequestContext request) {
        String traceId = RequestTraceIds.current();
        if (traceId != null && request.getProperty(ProblemFeature.TRACE_ID_PROPERTY) == null) {
            request.setProperty(ProblemFeature.TRACE_ID_PROPERTY, traceId);
        }
    }
}
