package dev.problemjaxrs.internal.jsonb;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.PendingProblem;
import dev.problemjaxrs.internal.TranslatingMapper;
import dev.problemjaxrs.internal.Translation;
import dev.problemjaxrs.internal.naming.JsonNames;
import jakarta.annotation.Priority;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * JSON-B (Yasson, Payara's default): a body that is not JSON is a 400 {@code invalid-json}; JSON that
 * does not fit the type is a 422. JSON-B reports neither the field nor the reason in a structured way,
 * only in its message, which is not for clients; so {@link MismatchLocator} finds the field by walking
 * the body against the target type, and where it cannot (a body over its copy limit, a custom
 * deserializer) the 422 names the body as a whole.
 */
public final class JsonbIntegration {

    static final String MISMATCH_REASON = "does not match the expected structure";

    private JsonbIntegration() {
    }

    public static ExceptionFamily family() {
        return JsonbIntegration::translate;
    }

    public static List<Object> mappers(Translation translation) {
        return List.of(new Jsonb(translation), new Parsing(translation));
    }

    /**
     * The interceptor that keeps what a JSON-B failure needs to name the field.
     *
     * @param naming the application's naming of the properties a class does not name itself
     */
    public static Object readerInterceptor(Supplier<UnaryOperator<String>> naming) {
        return new MismatchLocator(naming);
    }

    /**
     * The naming strategy of the application's {@code Jsonb}; null if it has none.
     *
     * @param find the application's object of a type, or null where it configured none
     */
    public static UnaryOperator<String> defaultNaming(Function<Class<?>, Object> find) {
        return JsonbNaming.of((jakarta.json.bind.Jsonb) find.apply(jakarta.json.bind.Jsonb.class));
    }

    /**
     * Every answer blames the request body: one that did not come from reading it (serialising a
     * response, the application's own {@code fromJson}) becomes a 500 in the response filter.
     */
    private static PendingProblem translate(Throwable thrown) {
        if (thrown instanceof MismatchLocator.MistypedJson mistyped) {
            return PendingProblem.validation(List.of(mistyped.parameter()), mistyped.getCause());
        }
        if (thrown instanceof JsonParsingException) {
            return PendingProblem.invalidJson(thrown).fromRequestBody();
        }
        if (!(thrown instanceof JsonbException)) {
            return null;
        }
        for (Throwable cause = thrown.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonParsingException) {
                return PendingProblem.invalidJson(thrown).fromRequestBody();
            }
            if (cause instanceof IOException) {
                // the stream failed, not the JSON (a body cut short or stalled): JSON-B wraps that as it
                // wraps a mismatch; the read's failure is judged as any other read's
                return null;
            }
        }
        return PendingProblem.validation(List.of(new InvalidParameter(JsonNames.BODY, MISMATCH_REASON)), thrown)
                .fromRequestBody();
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Jsonb extends TranslatingMapper implements ExceptionMapper<JsonbException> {
        Jsonb(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(JsonbException exception) {
            return translate(exception);
        }
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Parsing extends TranslatingMapper implements ExceptionMapper<JsonParsingException> {
        Parsing(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(JsonParsingException exception) {
            return translate(exception);
        }
    }
}
