package dev.problemjaxrs.it.app;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of a new secret; its rules are the standard's example. */
public record NewSecret(
        @NotBlank
        @Size(min = 8, max = 25, message = "must be between 8 and 25 characters")
        @Pattern(regexp = ".*[A-Z].*", message = "must contain 1 upper case character")
        String secret) {
}
