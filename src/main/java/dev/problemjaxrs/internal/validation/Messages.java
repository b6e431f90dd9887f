package dev.problemjaxrs.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * A violation's reason: what the validator would have said in English, as the problem's
 * {@code Content-Language} promises, without the rejected value and without evaluating an expression the
 * validator would not have evaluated.
 *
 * <p>The validator's own message is kept when the JVM speaks English and the template does not quote the
 * validated value. Otherwise the template is interpolated again for {@link Locale#ENGLISH}: with Hibernate
 * Validator through its own context ({@link HibernateContext}: message parameters kept, its expression
 * levels); with another provider only templates without expressions, since its levels are unknown.
 */
final class Messages {

    private static final String FALLBACK = "is invalid";

    private final boolean hibernate;
    /*
     * Built on first use, per application: bootstrapping a validator is expensive, and a static one would
     * keep alive the class loader of the first application that used it.
     */
    private volatile MessageInterpolator interpolator;

    /** @param hibernate whether Hibernate Validator's interpolation context is on the class path */
    Messages(boolean hibernate) {
        this.hibernate = hibernate;
    }

    String reason(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        boolean quotesValue = template != null && template.contains("validatedValue");
        if (template == null || !quotesValue && Locale.getDefault().getLanguage().equals("en")) {
            return orFallback(violation.getMessage());
        }
        if (!hibernate && template.contains("${")) {
            // another provider's expression levels are unknown: evaluate nothing
            return quotesValue ? FALLBACK : orFallback(violation.getMessage());
        }
        try {
            MessageInterpolator.Context context = hibernate ? HibernateContext.of(violation) : new Context(violation);
            return orFallback(interpolator().interpolate(template, context, Locale.ENGLISH));
        } catch (RuntimeException e) {
            return quotesValue ? FALLBACK : orFallback(violation.getMessage());
        }
    }

    /**
     * Whether a custom validator built this violation ({@code buildConstraintViolationWithTemplate}): its
     * template is not the constraint's own, and may hold client input.
     */
    static boolean isCustom(ConstraintViolation<?> violation) {
        return !violation.getMessageTemplate().equals(violation.getConstraintDescriptor().getMessageTemplate());
    }

    private static String orFallback(String message) {
        return message == null || message.isBlank() ? FALLBACK : message;
    }

    private MessageInterpolator interpolator() {
        MessageInterpolator current = interpolator;
        if (current == null) {
            current = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
            interpolator = current;
        }
        return current;
    }

    /** Another provider's context: never the validated value. */
    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {
        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return null;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return violation.unwrap(type);
        }
    }
}
