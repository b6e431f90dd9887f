package dev.problemjaxrs.internal.otel;

import dev.problemjaxrs.internal.trace.TraceSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.List;
import java.util.function.Function;

/**
 * With OpenTelemetry instrumentation, the server's own logs carry the trace id of the current span: it
 * continues a valid {@code traceparent} and starts a new trace otherwise. Without an SDK the current span
 * is invalid (all zeros); a span that is not recording (ended, or only propagated) may belong to another
 * request; in both cases the request's headers decide as usual, which gives the same id wherever the
 * instrumentation continued the request's {@code traceparent}.
 */
public final class OpenTelemetryTraceSource implements TraceSource {

    @Override
    public String traceId(Function<String, List<String>> requestHeaders, String requestIdHeader) {
        Span current = Span.current();
        SpanContext span = current.getSpanContext();
        // only a live span: an ended one left current is another request's (Payara's instrumentation leaves
        // the span of a suspended request current on the thread that suspended it)
        return span.isValid() && current.isRecording() ? span.getTraceId()
                : HEADERS.traceId(requestHeaders, requestIdHeader);
    }
}
