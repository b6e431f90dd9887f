package dev.problemjaxrs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown by application code to answer with its own problem and status, for example a
 * product-specific 403:
 *
 * <pre>{@code
 * throw new ProblemException(403, Problem.builder()
 *         .type("https://example.com/errors/secrets#maximum-secrets-allowed")
 *         .title("Maximum number of secrets already met")
 *         .build());
 * }</pre>
 *
 * <p>It is meant for control flow: unless a cause is given, no stack trace is captured, so throwing it
 * costs about as much as returning a value.
 */
public final class ProblemException extends RuntimeException {

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
     *                {@code Content-Type}, {@code Content-Language} and cookies are not allowed
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

    /** The HTTP status, from 400 to 599. */
    public int status() {
        return status;
    }

    /** What the client is told. */
    public Problem problem() {
        return problem;
    }

    /** Extra response headers; unmodifiable. */
    public Map<String, List<String>> headers() {
        return headers;
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
