package dev.problemjaxrs.internal.validation;

import dev.problemjaxrs.internal.Mappers;
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

    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class ConstraintViolation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return Mappers.toResponse(exception);
        }
    }

    /** Declaration and definition errors: a misconfigured constraint is the server's fault. */
    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Validation implements ExceptionMapper<ValidationException> {
        @Override
        public Response toResponse(ValidationException exception) {
            return Mappers.toResponse(exception);
        }
    }
}
