package dev.problemjaxrs.it.app;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Replacing a secret: a constraint on the body as a whole, not on one field. */
@Rotation.Differs
public record Rotation(@NotBlank String current, @NotBlank String next) {

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = DiffersValidator.class)
    public @interface Differs {
        String message() default "the new secret must differ from the current one";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class DiffersValidator implements ConstraintValidator<Differs, Rotation> {
        @Override
        public boolean isValid(Rotation rotation, ConstraintValidatorContext context) {
            return rotation == null || rotation.current() == null || !rotation.current().equals(rotation.next());
        }
    }
}
