package dev.problemjaxrs.internal.validation;

import dev.problemjaxrs.internal.Translator;
import java.util.List;

/** Bean Validation: loaded only when jakarta.validation is present. */
public final class ValidationIntegration {

    private ValidationIntegration() {
    }

    public static Translator translator() {
        return new ViolationTranslator();
    }

    public static List<Object> mappers() {
        return List.of(new ValidationMappers.ConstraintViolation(), new ValidationMappers.Validation());
    }
}
