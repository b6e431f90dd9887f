package dev.problemjaxrs.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * A violation's reason in English, as the problem's {@code Content-Language} promises. The validator
 * interpolated the message in the JVM's default locale; on a JVM whose locale is not English the
 * template is interpolated again for {@link Locale#ENGLISH}.
 */
final class Messages {

    /*
     * Built on first use, per application: bootstrapping a validator is expensive, and a static one would
     * keep alive the class loader of the first application that used it.
     */
    private volatile MessageInterpolator interpolator;

    String reason(ConstraintViolation<?> violation) {
        String message = violation.getMessage();
        if (!Locale.getDefault().getLanguage().equals("en") && violation.getMessageTemplate() != null) {
            try {
                message = interpolator().interpolate(violation.getMessageTemplate(), new Context(violation),
                        Locale.ENGLISH);
            } catch (RuntimeException e) {
                // keep the validator's own message
            }
        }
        return message == null || message.isBlank() ? "is invalid" : message;
    }

    private MessageInterpolator interpolator() {
        MessageInterpolator current = interpolator;
        if (current == null) {
            current = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
            interpolator = current;
        }
        return current;
    }

    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {
        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return violation.unwrap(type);
        }
    }
}
