package dev.problemjaxrs.internal.jsonb;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.internal.InputNames;
import dev.problemjaxrs.internal.Mappers;
import dev.problemjaxrs.internal.PendingProblem;
import dev.problemjaxrs.internal.StatusCatalog;
import dev.problemjaxrs.internal.Translator;
import jakarta.annotation.Priority;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * JSON-B (Yasson, Payara's default): a body that is not JSON is a 400 {@code invalid-json}; JSON that
 * does not fit the type is a 422. JSON-B reports neither the field nor the reason in a structured
 * way, only in its message, which is not for clients; so the 422 names the body as a whole.
 */
public final class JsonbIntegration {

    static final String MISMATCH_REASON = "does not match the expected structure";

    private JsonbIntegration() {
    }

    public static Translator translator() {
        return JsonbIntegration::translate;
    }

    public static List<Object> mappers() {
        return List.of(new Jsonb(), new Parsing());
    }

    private static PendingProblem translate(Throwable thrown) {
        if (thrown instanceof JsonParsingException) {
            return PendingProblem.of(400, StatusCatalog.INVALID_JSON, thrown);
        }
        if (!(thrown instanceof JsonbException)) {
            return null;
        }
        if (isWriting(thrown)) {
            // serialising a response failed: the server's fault
            return PendingProblem.of(500, thrown);
        }
        for (Throwable cause = thrown.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonParsingException) {
                return PendingProblem.of(400, StatusCatalog.INVALID_JSON, thrown);
            }
        }
        return PendingProblem.validation(List.of(new InvalidParameter(InputNames.BODY, MISMATCH_REASON)), thrown);
    }

    /** JsonbException does not say which direction failed; the stack does (Jsonb.toJson vs fromJson). */
    private static boolean isWriting(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getMethodName().equals("fromJson")) {
                return false;
            }
            if (frame.getMethodName().equals("toJson")) {
                return true;
            }
        }
        return false;
    }

    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Jsonb implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException exception) {
            return Mappers.toResponse(exception);
        }
    }

    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Parsing implements ExceptionMapper<JsonParsingException> {
        @Override
        public Response toResponse(JsonParsingException exception) {
            return Mappers.toResponse(exception);
        }
    }
}
