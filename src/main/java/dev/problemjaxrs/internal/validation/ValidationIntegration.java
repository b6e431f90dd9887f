package dev.problemjaxrs.internal.validation;

import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.Translation;
import java.util.List;

/** Bean Validation: loaded only when jakarta.validation is present. */
public final class ValidationIntegration {

    private ValidationIntegration() {
    }

    /** Hibernate Validator's interpolation context, decided once per class loader. */
    private static final boolean HIBERNATE = present(
            "org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext");

    public static ExceptionFamily family() {
        return new ViolationExceptions(HIBERNATE);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ValidationIntegration.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    public static List<Object> mappers(Translation translation) {
        return List.of(new ValidationMappers.ConstraintViolation(translation),
                new ValidationMappers.Validation(translation));
    }
}
