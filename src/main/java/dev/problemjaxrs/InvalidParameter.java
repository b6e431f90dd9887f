package dev.problemjaxrs;

import java.util.Objects;

/**
 * One entry of a problem's {@code invalid_parameters}: the name of an input as the client wrote it
 * ({@code limit}, {@code address.zip}, {@code items[2].qty}) and why it was rejected.
 *
 * @param name   the parameter's name as the client sent it; never blank
 * @param reason a short, client-facing sentence fragment such as {@code "must be an integer"}; never blank
 */
public record InvalidParameter(String name, String reason) {

    /**
     * @throws IllegalArgumentException if {@code name} or {@code reason} is null or blank
     */
    public InvalidParameter {
        requireText(name, "name");
        requireText(reason, "reason");
    }

    /** Shorthand for {@code new InvalidParameter(name, reason)}. */
    public static InvalidParameter of(String name, String reason) {
        return new InvalidParameter(name, reason);
    }

    private static void requireText(String value, String what) {
        if (Objects.requireNonNullElse(value, "").isBlank()) {
            throw new IllegalArgumentException("InvalidParameter " + what + " must not be null or blank");
        }
    }
}
