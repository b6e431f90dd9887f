package dev.problemjaxrs.internal.trace;

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
}
