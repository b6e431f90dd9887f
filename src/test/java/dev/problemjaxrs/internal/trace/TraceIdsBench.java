package dev.problemjaxrs.internal.trace;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Trace ids: one is generated or parsed for every request, success or not. */
@State(Scope.Thread)
public class TraceIdsBench {

    /** Held in a field, not a constant, so the JIT cannot fold the parse away. */
    private String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Benchmark
    public String generate() {
        return TraceIds.generate();
    }

    @Benchmark
    public String fromTraceparent() {
        return TraceIds.fromTraceparent(traceparent);
    }

    private final RequestTraceIds withMdc = new RequestTraceIds(TraceSource.HEADERS, RequestView.STANDARD, null, "traceId",
            List.of(new Slf4jContext()));
    private final RequestTraceIds withoutMdc = new RequestTraceIds(TraceSource.HEADERS, RequestView.STANDARD, null, null, List.of());
    private final String id = TraceIds.generate();

    /** What every request adds for the application's logs: bind to the thread and SLF4J's MDC, then unbind. */
    @Benchmark
    public void bindAndUnbindWithMdc() {
        withMdc.bind(id);
        withMdc.unbind();
    }

    /** The same without any MDC: the thread-local only. */
    @Benchmark
    public void bindAndUnbindWithoutMdc() {
        withoutMdc.bind(id);
        withoutMdc.unbind();
    }
}
