package dev.problemjaxrs.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.problemjaxrs.InvalidParameter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes problem documents with Jackson's streaming API, so the output is the same whichever JSON
 * provider (Jackson, JSON-B, none) the application uses.
 *
 * <p>A {@code @Provider} with a no-argument constructor because Quarkus REST ignores writers that a
 * {@code Feature} registers and finds this one in the jar's index instead; elsewhere the feature
 * registers it. Typed to {@link ProblemDocument}, so no runtime consults it for any other entity.
 */
@Provider
@Produces({"application/problem+json", "application/json", "*/*"})
@Priority(Translation.MAPPER_PRIORITY)
@ConstrainedTo(RuntimeType.SERVER)
public final class ProblemWriter implements MessageBodyWriter<ProblemDocument> {

    /** The entity stream belongs to the runtime: closing the generator must not close it. */
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ProblemDocument.class;
    }

    @Override
    public void writeTo(ProblemDocument document, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException {
        write(document, out);
    }

    /**
     * Writes straight into the stream: the document is complete and validated, nothing can fail half-way,
     * and the runtime buffers the entity anyway.
     */
    static void write(ProblemDocument document, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", document.type());
            json.writeStringField("title", document.title());
            if (document.detail() != null) {
                json.writeStringField("detail", document.detail());
            }
            if (!document.invalidParameters().isEmpty()) {
                json.writeArrayFieldStart("invalid_parameters");
                for (InvalidParameter parameter : document.invalidParameters()) {
                    json.writeStartObject();
                    json.writeStringField("name", parameter.name());
                    json.writeStringField("reason", parameter.reason());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeStringField("instance", document.instance());
            json.writeEndObject();
        }
    }
}
