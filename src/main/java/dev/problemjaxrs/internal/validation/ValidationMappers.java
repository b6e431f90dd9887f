package dev.problemjaxrs.internal.validation;

import dev.problemjaxrs.internal.TranslatingMapper;
import dev.problemjaxrs.internal.Translation;
import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Jersey's bean-validation module maps {@code ValidationException} to an empty 400 (or 500) and names
 * fields {@code method.arg0.field}; Quarkus answers its own JSON. These take both types.
 */
final class ValidationMappers {

    private ValidationMappers() {
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class ConstraintViolation extends TranslatingMapper implements ExceptionMapper<ConstraintViolationException> {
        ConstraintViolation(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return translate(exception);
        }
    }

    /** Declaration and definition errors: a misconfigured constraint is the server's fault. */
    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Validation extends TranslatingMapper implements ExceptionMapper<ValidationException> {
        Validation(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(ValidationException exception) {
            return translate(exception);
        }
    }
}
