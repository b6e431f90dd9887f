package dev.problemjaxrs;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.glassfish.jersey.server.ResourceConfig;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Constraint messages of every kind: expressions, message parameters, custom templates, the value quoted. */
final class MessageResources {

    private MessageResources() {
    }

    static ResourceConfig application() {
        return new ResourceConfig(Messages.class);
    }

    /** Rejects codes longer than 3; says so through a message parameter, and quotes the client's code. */
    @Target({ElementType.PARAMETER, ElementType.FIELD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ShortCodeValidator.class)
    public @interface ShortCode {
        String message() default "must be at most {limit} characters";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class ShortCodeValidator implements ConstraintValidator<ShortCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.length() <= 3) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.addMessageParameter("limit", 3);
            if (value.startsWith("$")) {
                // a careless validator: the client's text becomes part of the template
                hibernate.buildConstraintViolationWithTemplate("code " + value + " is not allowed")
                        .addConstraintViolation();
            } else {
                hibernate.buildConstraintViolationWithTemplate("must be at most {limit} characters")
                        .addConstraintViolation();
            }
            return false;
        }
    }

    @Path("/messages")
    public static final class Messages {

        @GET
        @Path("/code")
        public String code(@QueryParam("code") @ShortCode String code) {
            return code;
        }

        @GET
        @Path("/amount")
        public String amount(@QueryParam("amount") @DecimalMax("10") String amount) {
            return amount;
        }

        @GET
        @Path("/quoted")
        public String quoted(@QueryParam("name") @Pattern(regexp = "[a-z]+",
                message = "'${validatedValue}' is not lowercase") String name) {
            return name;
        }

        @GET
        @Path("/size")
        public String size(@QueryParam("tag") @Size(max = 2) String tag) {
            return tag;
        }
    }
}
