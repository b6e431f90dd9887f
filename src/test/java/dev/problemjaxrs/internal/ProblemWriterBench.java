package dev.problemjaxrs.internal;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.internal.trace.TraceIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Problem document to bytes, written into a reused buffer as into the runtime's entity stream. In the
 * library's test sources, in the package of {@code ProblemWriter.write}, which is package-private.
 */
@State(Scope.Thread)
public class ProblemWriterBench {

    private final ProblemDocument notFound = new ProblemDocument("https://problemjaxrs.dev/errors#not-found",
            "Not Found", "The requested resource could not be found.", List.of(), TraceIds.generate());
    private final ProblemDocument validation = new ProblemDocument("https://problemjaxrs.dev/errors#validation",
            "Bad Request", "The request failed due to validation errors",
            List.of(new InvalidParameter("name", "must not be blank"),
                    new InvalidParameter("quantity", "must be greater than or equal to 1")),
            TraceIds.generate());

    private final ByteArrayOutputStream entity = new ByteArrayOutputStream(1024);

    @Benchmark
    public int render404() throws IOException {
        entity.reset();
        ProblemWriter.write(notFound, entity);
        return entity.size();
    }

    @Benchmark
    public int render422() throws IOException {
        entity.reset();
        ProblemWriter.write(validation, entity);
        return entity.size();
    }
}
