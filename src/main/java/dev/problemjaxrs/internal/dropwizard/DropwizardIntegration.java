package dev.problemjaxrs.internal.dropwizard;

import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.PendingProblem;
import dev.problemjaxrs.internal.TranslatingMapper;
import dev.problemjaxrs.internal.Translation;
import io.dropwizard.jersey.optional.EmptyOptionalException;
import io.dropwizard.jersey.validation.JerseyViolationException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * Dropwizard, loaded only when dropwizard-jersey is present. Its default exception mappers
 * ({@code ExceptionMapperBinder}, registered unless {@code server.registerDefaultExceptionMappers: false})
 * map two types nearer than any of the library's: {@code JerseyViolationException}, the
 * {@code ConstraintViolationException} its validation throws ({@code {"errors":[...]}}, 422 or 400), and
 * {@code IllegalStateException} (its own 500 JSON). The library maps exactly those types too, at its
 * mapper priority; the others of the set map types the library already maps exactly
 * ({@code JsonProcessingException}, {@code Throwable}) or answer without a body, which the library's
 * response filter turns into a problem. Its enum parameter converter reports a failure in a way of its own
 * ({@link FuzzyEnumFailures}).
 */
public final class DropwizardIntegration {

    private DropwizardIntegration() {
    }

    /**
     * Enum parameters that Dropwizard's fuzzy converter could not convert, named as Jersey's own would be;
     * and an empty {@code Optional} returned by a resource, which Dropwizard's writers report as
     * {@code EmptyOptionalException} and its default mappers answer 404: without them (or behind the
     * library's mapper) still a 404, not a 500. An application's own mapper for it (Dropwizard's
     * {@code EmptyOptionalNoContentExceptionMapper}, a 204) maps the exact type and wins.
     */
    public static ExceptionFamily family() {
        ExceptionFamily fuzzyEnums = new FuzzyEnumFailures();
        return thrown -> thrown instanceof EmptyOptionalException ? PendingProblem.of(404, thrown)
                : fuzzyEnums.translate(thrown);
    }

    public static List<Object> mappers(Translation translation) {
        return List.of(new Violations(translation), new IllegalStates(translation));
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Violations extends TranslatingMapper implements ExceptionMapper<JerseyViolationException> {
        Violations(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(JerseyViolationException exception) {
            return translate(exception);
        }
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class IllegalStates extends TranslatingMapper implements ExceptionMapper<IllegalStateException> {
        IllegalStates(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(IllegalStateException exception) {
            return translate(exception);
        }
    }
}
