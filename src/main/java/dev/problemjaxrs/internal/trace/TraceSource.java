package dev.problemjaxrs.internal.trace;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/**
 * Where a request's trace id comes from: the current OpenTelemetry span when one is valid, else a valid
 * {@code traceparent}, else the configured request-id header, else a fresh id.
 */
public interface TraceSource {

    /** Never null: 32 lowercase hex characters. */
    String traceId(MultivaluedMap<String, String> requestHeaders, String requestIdHeader);

    /** Headers only: {@code traceparent}, then the request-id header, then a fresh id. */
    TraceSource HEADERS = (headers, requestIdHeader) -> {
        String id = TraceIds.fromTraceparent(single(headers, "traceparent"));
        if (id == null && requestIdHeader != null) {
            id = TraceIds.fromRequestId(single(headers, requestIdHeader));
        }
        return id != null ? id : TraceIds.generate();
    };

    /** A header's value when it was sent exactly once; a repeated trace header is ambiguous. */
    private static String single(MultivaluedMap<String, String> headers, String name) {
        List<String> values = headers.get(name);
        return values != null && values.size() == 1 ? values.get(0) : null;
    }
}
