package dev.problemjaxrs;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One error condition of an API, defined once: its status, its {@code type} (which identifies it and
 * links to its documentation), its title and a default detail. Raised by name, with what is specific to
 * the occurrence:
 *
 * <pre>{@code
 * static final ProblemType MAXIMUM_SECRETS = ProblemType.of(403,
 *         "https://example.com/errors/secrets#maximum-secrets-allowed", "Maximum number of secrets already met");
 *
 * throw MAXIMUM_SECRETS.exception("This account has reached maximum number of '2' allowed secrets");
 * }</pre>
 *
 * Immutable. Invalid definitions fail where they are made, usually the class initialisation of the
 * constants, with a message that names them. {@link ProblemCatalog} collects the types of an API.
 */
public final class ProblemType {

    private final int status;
    private final URI type;
    private final String title;
    private final String detail;

    private ProblemType(int status, URI type, String title, String detail) {
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
    }

    /**
     * @param status an HTTP status from 400 to 599
     * @param type   an absolute URI or a relative reference
     * @param title  a short summary, the same for every occurrence
     * @throws IllegalArgumentException naming the definition if a value is invalid
     */
    public static ProblemType of(int status, String type, String title) {
        Problem problem = define(type, () -> Problem.builder().type(type).title(title).build());
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("Problem type " + type + ": status must be from 400 to 599, not "
                    + status);
        }
        return new ProblemType(status, problem.type().orElseThrow(), problem.title(), null);
    }

    /**
     * The same type with a default detail, used when an occurrence gives none.
     *
     * @throws IllegalArgumentException if the detail is blank
     */
    public ProblemType withDetail(String defaultDetail) {
        Problem problem = define(type.toString(), () -> Problem.builder().title(title).detail(defaultDetail).build());
        return new ProblemType(status, type, title, problem.detail().orElse(null));
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The default detail, if one was defined. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** The problem with the default detail. */
    public Problem problem() {
        return builder().build();
    }

    /**
     * The problem of one occurrence.
     *
     * @param detail what is specific to this occurrence; null keeps the default detail
     */
    public Problem problem(String detail) {
        Problem.Builder builder = builder();
        if (detail != null) {
            builder.detail(detail);
        }
        return builder.build();
    }

    /** A builder of this type's problem, to add {@code invalid_parameters} or change the detail. */
    public Problem.Builder builder() {
        return Problem.builder().type(type).title(title).detail(detail);
    }

    /** An exception to throw for this condition with the default detail; no stack trace is captured. */
    public ProblemException exception() {
        return new ProblemException(this, null);
    }

    /** An exception to throw for one occurrence; no stack trace is captured. */
    public ProblemException exception(String detail) {
        return new ProblemException(this, detail);
    }

    /** Types are equal when status, type, title and default detail are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProblemType that && status == that.status && type.equals(that.type)
                && title.equals(that.title) && Objects.equals(detail, that.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, type, title, detail);
    }

    @Override
    public String toString() {
        return status + " " + type + " (" + title + ")";
    }

    private static Problem define(String type, java.util.function.Supplier<Problem> problem) {
        try {
            return problem.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("Problem type " + type + ": " + e.getMessage(), e);
        }
    }
}
