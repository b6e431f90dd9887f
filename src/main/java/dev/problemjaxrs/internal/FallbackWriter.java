package dev.problemjaxrs.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * For a mapper's problem that reached the writer without passing the response filter (another filter
 * failed on it): it is completed without the request, with a fresh trace id, rather than lost.
 */
@Produces({"application/problem+json", "application/json", "*/*"})
@Priority(Translation.MAPPER_PRIORITY)
@ConstrainedTo(RuntimeType.SERVER)
final class FallbackWriter implements MessageBodyWriter<PendingProblem> {

    private final ProblemRenderer renderer;

    FallbackWriter(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == PendingProblem.class;
    }

    @Override
    public void writeTo(PendingProblem pending, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException {
        ProblemWriter.write(renderer.detached(pending), out);
    }
}
