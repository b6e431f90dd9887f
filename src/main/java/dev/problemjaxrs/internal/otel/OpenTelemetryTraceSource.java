package dev.problemjaxrs.internal.otel;

import dev.problemjaxrs.internal.trace.TraceSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * With OpenTelemetry instrumentation, the server's own logs carry the trace id of the current span: it
 * continues a valid {@code traceparent} and starts a new trace otherwise. Without an SDK the current span
 * is invalid (all zeros), and the request's headers decide as usual.
 */
public final class OpenTelemetryTraceSource implements TraceSource {

    @Override
    public String traceId(MultivaluedMap<String, String> requestHeaders, String requestIdHeader) {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : HEADERS.traceId(requestHeaders, requestIdHeader);
    }
}
