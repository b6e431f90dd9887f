package dev.problemjaxrs.internal.jsonb;

import dev.problemjaxrs.InvalidParameter;
import jakarta.annotation.Priority;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Lets a JSON-B failure name the field: JSON-B reports a value of the wrong shape only in its exception's
 * message (not for clients, and worded differently by each Yasson release). This interceptor keeps a
 * bounded copy of a JSON body while the reader reads it; only when reading fails with a
 * {@code JsonbException} is the copy walked ({@link JsonbMismatch}) against the target type, and the
 * failure rethrown as a {@link MistypedJson} naming the field. A success costs the copy, nothing else.
 */
@Priority(Priorities.USER + 1000) // after decoding interceptors (ENTITY_CODER), nearest to the reader
@ConstrainedTo(RuntimeType.SERVER)
final class MismatchLocator implements ReaderInterceptor {

    private static final int MAX_CAUSES = 16;

    private final Supplier<UnaryOperator<String>> naming;

    MismatchLocator(Supplier<UnaryOperator<String>> naming) {
        this.naming = naming;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        BodyCopy copy = new BodyCopy(context.getInputStream());
        context.setInputStream(copy);
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            JsonbException mismatch = mismatch(e);
            byte[] body = mismatch == null ? null : copy.bytes();
            InvalidParameter named = body == null ? null : JsonbMismatch.find(body, context.getGenericType(),
                    naming.get());
            if (named == null) {
                throw e;
            }
            throw new MistypedJson(named, e);
        }
    }

    /** The JSON-B exception of a value of the wrong shape; null for JSON that does not parse or anything else. */
    private static JsonbException mismatch(Throwable thrown) {
        JsonbException found = null;
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof JsonParsingException) {
                return null;
            }
            if (cause instanceof JsonbException jsonb && found == null) {
                found = jsonb;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return found;
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    /** A JSON-B failure that names the field; a {@code JsonbException}, so the JSON-B mapper is its nearest. */
    static final class MistypedJson extends JsonbException {
        private static final long serialVersionUID = 1L;

        private final transient InvalidParameter parameter;

        MistypedJson(InvalidParameter parameter, Throwable cause) {
            super("JSON-B could not bind " + parameter.name(), cause);
            this.parameter = parameter;
        }

        InvalidParameter parameter() {
            return parameter;
        }
    }
}
