package dev.problemjaxrs.internal.client;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.internal.trace.RequestTraceIds;
import dev.problemjaxrs.internal.trace.TraceIds;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Carries the trace id of the request being served to the next service: an outgoing request gets
 * {@code traceparent: 00-<trace id>-<fresh parent id>-01}, unless it has a {@code traceparent} already (the
 * application's, or OpenTelemetry's instrumentation's), so the other service's {@code instance} is ours.
 * The trace id is the client request's property {@link ProblemFeature#TRACE_ID_PROPERTY} when it holds a
 * valid one (for threads the application started), else the current thread's request's; with neither,
 * nothing is added.
 */
@Priority(1_000_000) // request filters run in ascending priority: after the application's and tracing's
@ConstrainedTo(RuntimeType.CLIENT)
final class TraceparentFilter implements ClientRequestFilter {

    static final String HEADER = "traceparent";

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getHeaders().containsKey(HEADER)) {
            return;
        }
        String traceId = request.getProperty(ProblemFeature.TRACE_ID_PROPERTY) instanceof String given
                && TraceIds.isValid(given) ? given : RequestTraceIds.current();
        if (traceId != null) {
            request.getHeaders().putSingle(HEADER, TraceIds.traceparent(traceId));
        }
    }
}
