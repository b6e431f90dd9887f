package dev.problemjaxrs.internal.trace;

import java.util.List;
import java.util.function.Function;

/**
 * Where a request's trace id comes from: the current OpenTelemetry span when one is valid, else a valid
 * {@code traceparent}, else the configured request-id header, else a fresh id.
 */
public interface TraceSource {

    /**
     * @param requestHeaders a header's values by name (null or empty when not sent)
     * @return never null: 32 lowercase hex characters
     */
    String traceId(Function<String, List<String>> requestHeaders, String requestIdHeader);

    /** Headers only: {@code traceparent}, then the request-id header, then a fresh id. */
    TraceSource HEADERS = (headers, requestIdHeader) -> {
        String id = TraceIds.fromTraceparent(single(headers, "traceparent"));
        if (id == null && requestIdHeader != null) {
            id = TraceIds.fromRequestId(single(headers, requestIdHeader));
        }
        return id != null ? id : TraceIds.generate();
    };

    /**
     * A header's value when it was sent exactly once (a repeated trace header is ambiguous), without the
     * optional whitespace around it, which RFC 9110 excludes from the field value.
     */
    private static String single(Function<String, List<String>> headers, String name) {
        List<String> values = headers.apply(name);
        if (values == null || values.size() != 1 || values.get(0) == null) {
            return null;
        }
        String value = values.get(0);
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return start == 0 && end == value.length() ? value : value.substring(start, end);
    }
}
