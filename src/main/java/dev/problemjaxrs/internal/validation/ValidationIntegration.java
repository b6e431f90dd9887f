package dev.problemjaxrs.internal.validation;

import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.Translation;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Bean Validation: loaded only when jakarta.validation is present. */
public final class ValidationIntegration {

    private ValidationIntegration() {
    }

    /** Hibernate Validator's interpolation context, decided once per class loader. */
    private static final boolean HIBERNATE = present(
            "org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext");

    /** @param defaultNaming the application's naming of JSON properties a class does not name itself */
    public static ExceptionFamily family(Supplier<UnaryOperator<String>> defaultNaming) {
        return new ViolationExceptions(HIBERNATE, defaultNaming);
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
