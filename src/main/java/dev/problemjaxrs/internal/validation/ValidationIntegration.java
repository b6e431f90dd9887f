package dev.problemjaxrs.internal.validation;

import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.Translation;
import java.util.List;

/** Bean Validation: loaded only when jakarta.validation is present. */
public final class ValidationIntegration {

    private ValidationIntegration() {
    }

    public static ExceptionFamily family() {
        return new ViolationExceptions();
    }

    public static List<Object> mappers(Translation translation) {
        return List.of(new ValidationMappers.ConstraintViolation(translation),
                new ValidationMappers.Validation(translation));
    }
}
