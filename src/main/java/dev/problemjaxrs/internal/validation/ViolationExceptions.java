package dev.problemjaxrs.internal.validation;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.PendingProblem;
import dev.problemjaxrs.internal.naming.JaxRsResources;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Constraint violations become a 422 with one entry per violation, named as the client knows the input
 * and sorted by name then reason (validators report them in no particular order); identical entries
 * are merged. A required body that was not sent is a 400 {@code invalid-json}. A violated return-value constraint is a server bug: 500, nothing of it in the body.
 */
final class ViolationExceptions implements ExceptionFamily {

    private static final Comparator<InvalidParameter> ORDER =
            Comparator.comparing(InvalidParameter::name).thenComparing(InvalidParameter::reason);

    private final Messages messages;
    private final Supplier<UnaryOperator<String>> defaultNaming;

    /**
     * @param hibernate     whether Hibernate Validator's interpolation context is on the class path
     * @param defaultNaming the application's naming of JSON properties, asked on the first violation
     */
    ViolationExceptions(boolean hibernate, Supplier<UnaryOperator<String>> defaultNaming) {
        this.messages = new Messages(hibernate);
        this.defaultNaming = defaultNaming;
    }

    @Override
    public PendingProblem translate(Throwable thrown) {
        if (thrown instanceof ConstraintViolationException violations) {
            Set<ConstraintViolation<?>> all = violations.getConstraintViolations();
            if (all == null || all.isEmpty() || all.stream().anyMatch(ViolationExceptions::isReturnValue)
                    || !all.stream().allMatch(ViolationExceptions::isRequestInput)) {
                // a server bug (return value), or validation of something other than this request's input:
                // an entity the application validated or an ORM flushed, a service method's arguments
                return PendingProblem.serverError(thrown);
            }
            if (all.stream().anyMatch(ViolationNames::isMissingBody)) {
                return PendingProblem.invalidJson(thrown);
            }
            Set<InvalidParameter> parameters = new TreeSet<>(ORDER);
            UnaryOperator<String> naming = defaultNaming.get();
            for (ConstraintViolation<?> violation : all) {
                parameters.add(new InvalidParameter(ViolationNames.name(violation, naming), messages.reason(violation)));
            }
            return PendingProblem.validation(new ArrayList<>(parameters), thrown);
        }
        if (thrown instanceof ValidationException) {
            return PendingProblem.serverError(thrown);
        }
        return null;
    }

    /**
     * A violation of the request's own input: Jakarta REST validates the resource method's parameters and
     * body and the resource's own fields, so the violation's root is a resource class. Anything else was
     * validated by the application itself, on data that is not (or no longer) the client's.
     */
    private static boolean isRequestInput(ConstraintViolation<?> violation) {
        return JaxRsResources.isResource(violation.getRootBeanClass());
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
