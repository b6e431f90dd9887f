package dev.problemjaxrs.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Hibernate Validator's view of a violation, to interpolate its template again in English: the message
 * parameters and expression variables a validator added ({@code addMessageParameter}), and the
 * expression level Hibernate Validator itself applies: none for a violation a custom validator built
 * (its template may hold client input), bean properties for a constraint's own message. The validated
 * value is never offered: {@code ${validatedValue}} must not echo the client's input. Loaded only when
 * Hibernate Validator is present.
 */
final class HibernateContext implements HibernateMessageInterpolatorContext {

    private final ConstraintViolation<?> violation;
    private final Map<String, Object> messageParameters;
    private final Map<String, Object> expressionVariables;

    private HibernateContext(ConstraintViolation<?> violation) {
        this.violation = violation;
        this.messageParameters = map(violation, "getMessageParameters");
        this.expressionVariables = map(violation, "getExpressionVariables");
    }

    static HibernateContext of(ConstraintViolation<?> violation) {
        return new HibernateContext(violation);
    }

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
        return violation.getConstraintDescriptor();
    }

    @Override
    public Object getValidatedValue() {
        return null;
    }

    @Override
    public Class<?> getRootBeanType() {
        return violation.getRootBeanClass();
    }

    @Override
    public Map<String, Object> getMessageParameters() {
        return messageParameters;
    }

    @Override
    public Map<String, Object> getExpressionVariables() {
        return expressionVariables;
    }

    @Override
    public Path getPropertyPath() {
        return violation.getPropertyPath();
    }

    @Override
    public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
        return Messages.isCustom(violation) ? ExpressionLanguageFeatureLevel.NONE
                : ExpressionLanguageFeatureLevel.BEAN_PROPERTIES;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return violation.unwrap(type);
    }

    /** Hibernate Validator's violation exposes them as public methods of its implementation class. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(ConstraintViolation<?> violation, String getter) {
        try {
            Object value = violation.getClass().getMethod(getter).invoke(violation);
            return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Map.of();
        }
    }
}
