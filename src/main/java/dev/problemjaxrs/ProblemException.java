package dev.problemjaxrs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown by application code to answer with its own problem and status. Most often raised from a
 * {@link ProblemType} defined once:
 *
 * <pre>{@code
 * throw MAXIMUM_SECRETS.exception("This account has reached maximum number of '2' allowed secrets");
 * }</pre>
 *
 * or extended by a domain exception that the service layer throws and callers may catch:
 *
 * <pre>{@code
 * class OutOfCreditException extends ProblemException {
 *     OutOfCreditException(int balance, int cost) {
 *         super(Errors.OUT_OF_CREDIT, "Your current balance is " + balance + ", but that costs " + cost + ".");
 *     }
 * }
 * }</pre>
 *
 * <p>It is meant for control flow: unless a cause is given, no stack trace is captured, so throwing it
 * costs about as much as returning a value. Its accessors are final: a subclass chooses its problem
 * through the constructor.
 */
public class ProblemException extends RuntimeException implements ProblemSource {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Problem problem;
    private final transient Map<String, List<String>> headers;

    /**
     * @param status an HTTP status from 400 to 599
     * @param problem what the client is told
     * @throws IllegalArgumentException if the status is not an error status
     */
    public ProblemException(int status, Problem problem) {
        this(status, problem, Map.of(), null);
    }

    /**
     * @param headers extra response headers, such as {@code Retry-After} or {@code WWW-Authenticate};
     *                {@code Content-*} headers and cookies are not allowed
     * @throws IllegalArgumentException if the status is not an error status or a header is not allowed
     */
    public ProblemException(int status, Problem problem, Map<String, List<String>> headers) {
        this(status, problem, headers, null);
    }

    /**
     * @param cause logged with the problem's trace id when the status is 5xx; a stack trace is captured
     * @throws IllegalArgumentException if the status is not an error status or a header is not allowed
     */
    public ProblemException(int status, Problem problem, Map<String, List<String>> headers, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").title(), cause, false, cause != null);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("ProblemException status must be from 400 to 599, not " + status);
        }
        this.status = status;
        this.problem = problem;
        this.headers = copyHeaders(headers);
    }

    /**
     * One occurrence of a defined problem type.
     *
     * @param detail what is specific to this occurrence; null keeps the type's default detail
     */
    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    /**
     * One occurrence of a defined problem type, caused by another failure (logged with the trace id when
     * the status is 5xx; a stack trace is captured).
     */
    public ProblemException(ProblemType type, String detail, Throwable cause) {
        this(Objects.requireNonNull(type, "type").status(), type.problem(detail), Map.of(), cause);
    }

    /** The HTTP status, from 400 to 599. */
    @Override
    public final int status() {
        return status;
    }

    /** What the client is told. */
    @Override
    public final Problem problem() {
        return problem;
    }

    /** Extra response headers; unmodifiable. */
    @Override
    public final Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * A copy with one more header value, such as {@code Retry-After: 60}; the copy is a
     * {@code ProblemException}, whatever this exception's class.
     *
     * @throws IllegalArgumentException if the header is not allowed or the value is null
     */
    public ProblemException withHeader(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("ProblemException header " + name + " must have a value");
        }
        Map<String, List<String>> more = new LinkedHashMap<>(headers);
        List<String> values = new ArrayList<>(more.getOrDefault(name, List.of()));
        values.add(value);
        more.put(name, values);
        return new ProblemException(status, problem, more, getCause());
    }

    private static Map<String, List<String>> copyHeaders(Map<String, List<String>> headers) {
        if (headers.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("ProblemException header names must not be blank");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-") || lower.equals("set-cookie")) {
                throw new IllegalArgumentException("ProblemException cannot set the " + name
                        + " header: it is decided by the problem document");
            }
            copy.put(name, List.copyOf(values));
        });
        return Collections.unmodifiableMap(copy);
    }
}
