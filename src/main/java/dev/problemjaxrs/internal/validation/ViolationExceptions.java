package dev.problemjaxrs.internal.validation;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.PendingProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Constraint violations become a 422 with one entry per violation, named as the client knows the input
 * and sorted by name then reason (validators report them in no particular order); identical entries
 * are merged. A required body that was not sent is a 400 {@code invalid-json}. A violated return-value constraint is a server bug: 500, nothing of it in the body.
 */
final class ViolationExceptions implements ExceptionFamily {

    private static final Comparator<InvalidParameter> ORDER =
            Comparator.comparing(InvalidParameter::name).thenComparing(InvalidParameter::reason);

    private final Messages messages = new Messages();

    @Override
    public PendingProblem translate(Throwable thrown) {
        if (thrown instanceof ConstraintViolationException violations) {
            Set<ConstraintViolation<?>> all = violations.getConstraintViolations();
            if (all == null || all.isEmpty() || all.stream().anyMatch(ViolationExceptions::isReturnValue)) {
                return PendingProblem.serverError(thrown);
            }
            if (all.stream().anyMatch(ViolationNames::isMissingBody)) {
                return PendingProblem.invalidJson(thrown);
            }
            Set<InvalidParameter> parameters = new TreeSet<>(ORDER);
            for (ConstraintViolation<?> violation : all) {
                parameters.add(new InvalidParameter(ViolationNames.name(violation), messages.reason(violation)));
            }
            return PendingProblem.validation(new ArrayList<>(parameters), thrown);
        }
        if (thrown instanceof ValidationException) {
            return PendingProblem.serverError(thrown);
        }
        return null;
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
