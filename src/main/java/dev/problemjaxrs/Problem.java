package dev.problemjaxrs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable problem document: {@code type}, {@code title}, optional {@code detail} and
 * {@code invalid_parameters}.
 *
 * <p>The {@code instance} member is not part of this value: it is always the trace id of the request
 * being answered, filled in when the problem is rendered.
 *
 * <pre>{@code
 * Problem problem = Problem.builder()
 *         .type("https://example.com/errors/secrets#maximum-secrets-allowed")
 *         .title("Maximum number of secrets already met")
 *         .detail("This account has reached maximum number of '2' allowed secrets")
 *         .build();
 * }</pre>
 */
public final class Problem {

    private final URI type;
    private final String title;
    private final String detail;
    private final List<InvalidParameter> invalidParameters;

    private Problem(Builder builder) {
        this.type = builder.type;
        this.title = builder.title;
        this.detail = builder.detail;
        this.invalidParameters = List.copyOf(builder.invalidParameters);
    }

    /** A new, empty builder. A title is required; everything else is optional. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The problem type; empty when the problem should take the default type of the status it is
     * answered with ({@code <base>#<slug>}).
     */
    public Optional<URI> type() {
        return Optional.ofNullable(type);
    }

    /** A short, human-readable summary; never blank. */
    public String title() {
        return title;
    }

    /** An explanation specific to this occurrence, if any. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** The rejected inputs, in order; unmodifiable and possibly empty. */
    public List<InvalidParameter> invalidParameters() {
        return invalidParameters;
    }

    /** A builder holding this problem's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.type = type;
        builder.title = title;
        builder.detail = detail;
        builder.invalidParameters.addAll(invalidParameters);
        return builder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem that
                && Objects.equals(type, that.type)
                && title.equals(that.title)
                && Objects.equals(detail, that.detail)
                && invalidParameters.equals(that.invalidParameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, detail, invalidParameters);
    }

    @Override
    public String toString() {
        return "Problem[type=" + type + ", title=" + title + ", detail=" + detail
                + ", invalidParameters=" + invalidParameters + "]";
    }

    /** Collects a problem's values; each setter rejects bad input at once. Not thread-safe. */
    public static final class Builder {

        private URI type;
        private String title;
        private String detail;
        private final List<InvalidParameter> invalidParameters = new ArrayList<>();

        private Builder() {
        }

        /**
         * The problem type, an absolute URI or a relative reference.
         *
         * @throws IllegalArgumentException if it is blank or not a URI reference
         */
        public Builder type(String type) {
            if (type == null || type.isBlank()) {
                throw new IllegalArgumentException("Problem type must not be null or blank");
            }
            try {
                return type(new URI(type));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("Problem type is not a URI reference: " + e.getMessage(), e);
            }
        }

        /** The problem type. @throws IllegalArgumentException if it is null or empty */
        public Builder type(URI type) {
            if (type == null || type.toString().isEmpty()) {
                throw new IllegalArgumentException("Problem type must not be null or empty");
            }
            this.type = type;
            return this;
        }

        /** The summary. @throws IllegalArgumentException if it is null or blank */
        public Builder title(String title) {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("Problem title must not be null or blank");
            }
            this.title = title;
            return this;
        }

        /** The occurrence-specific explanation; null removes it. @throws IllegalArgumentException if blank */
        public Builder detail(String detail) {
            if (detail != null && detail.isBlank()) {
                throw new IllegalArgumentException("Problem detail must not be blank; pass null to omit it");
            }
            this.detail = detail;
            return this;
        }

        /** Appends one rejected input. */
        public Builder invalidParameter(String name, String reason) {
            return invalidParameter(new InvalidParameter(name, reason));
        }

        /** Appends one rejected input. @throws NullPointerException if it is null */
        public Builder invalidParameter(InvalidParameter parameter) {
            invalidParameters.add(Objects.requireNonNull(parameter, "parameter"));
            return this;
        }

        /** Appends rejected inputs in order. @throws NullPointerException if any is null */
        public Builder invalidParameters(List<InvalidParameter> parameters) {
            parameters.forEach(this::invalidParameter);
            return this;
        }

        /** The problem. @throws IllegalStateException if no title was set */
        public Problem build() {
            if (title == null) {
                throw new IllegalStateException("Problem title is required");
            }
            return new Problem(this);
        }
    }
}
