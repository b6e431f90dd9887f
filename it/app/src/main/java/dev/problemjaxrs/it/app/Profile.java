package dev.problemjaxrs.it.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** A nested body, to show how fields are named: JSON names, nesting and list indexes. */
public record Profile(
        @JsonProperty("display_name") @JsonbProperty("display_name") @NotBlank String displayName,
        @Valid Address address,
        @Valid List<Contact> contacts,
        Integer age,
        Plan plan) {

    /** A closed set, so that an unknown value names the allowed ones. */
    public enum Plan { FREE, TEAM, ENTERPRISE }

    public record Address(@NotBlank @Pattern(regexp = "\\d{5}", message = "must be 5 digits") String zip,
                          String city) {
    }

    public record Contact(@NotBlank @Email String email, @Min(1) int priority) {
    }
}
