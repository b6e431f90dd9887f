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

    private Messages() {
    }

    static String reason(ConstraintViolation<?> violation) {
        String message = violation.getMessage();
        if (!Locale.getDefault().getLanguage().equals("en") && violation.getMessageTemplate() != null) {
            try {
                message = Interpolator.INSTANCE.interpolate(violation.getMessageTemplate(), new Context(violation),
                        Locale.ENGLISH);
            } catch (RuntimeException e) {
                // keep the validator's own message
            }
        }
        return message == null || message.isBlank() ? "is invalid" : message;
    }

    /** Built on first use only: bootstrapping a validator is expensive. */
    private static final class Interpolator {
        static final MessageInterpolator INSTANCE =
                Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
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
