package dev.problemjaxrs;

import jakarta.ws.rs.client.ResponseProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caller gets when another service answers 400 to 599, with {@link ProblemFeature} registered on its
 * client ({@code client.register(ProblemFeature.class)}): the status, the service's problem, its
 * {@code instance} (the trace id that finds the failure in that service's logs) and the headers a caller
 * acts on.
 *
 * <pre>{@code
 * try {
 *     return billing.path("balance").request().get(Balance.class);
 * } catch (RemoteProblemException e) {
 *     if (e.is(BillingErrors.OUT_OF_CREDIT)) { ... }
 *     log.warn("billing answered {} (instance {})", e.status(), e.instance().orElse("-"));
 * }
 * }</pre>
 *
 * <p>Whatever the body was (HTML from a proxy, nothing, JSON of another shape, a body over 64 KiB, one that
 * never ends), the exception is the same, with the status's default title and detail and no instance.
 *
 * <p>It is a {@link ResponseProcessingException} because that is what both Jersey's and RESTEasy's clients let
 * a response filter throw through unwrapped, so {@code catch (RemoteProblemException e)} works around any
 * synchronous invocation. It is deliberately neither a {@code WebApplicationException} nor a
 * {@link ProblemSource}: if it escapes a resource, the server answers its own 500 and never relays the other
 * service's status or body. It keeps its stack trace: it follows a network round trip, so capturing one is
 * cheap in comparison, and when it escapes, the stack is what shows which call failed.
 * {@link #getResponse()} gives a new bodiless response with the status and the kept headers.
 */
public final class RemoteProblemException extends ResponseProcessingException {

    private static final long serialVersionUID = 1L;

    /** The response headers kept, as the exception names them. */
    private static final List<String> KEPT_HEADERS = List.of("Retry-After", "WWW-Authenticate", "Allow");

    private final int status;
    private final transient Problem problem;
    private final String instance;
    private final transient Map<String, List<String>> headers;

    /**
     * Also for an application's tests of its error handling.
     *
     * @param status   the response's status, from 400 to 599
     * @param problem  the service's problem, or the status's defaults
     * @param instance the problem's {@code instance}, or null if it had none
     * @param headers  the response's headers (any case); only {@code Retry-After}, {@code WWW-Authenticate}
     *                 and {@code Allow} are kept
     * @throws IllegalArgumentException if the status is not an error status
     */
    public RemoteProblemException(int status, Problem problem, String instance, Map<String, List<String>> headers) {
        super(null, message(status, instance));
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("RemoteProblemException status must be from 400 to 599, not " + status);
        }
        this.status = status;
        this.problem = Objects.requireNonNull(problem, "problem");
        this.instance = instance;
        this.headers = keptHeaders(headers);
    }

    /** The status the other service answered, from 400 to 599. */
    public int status() {
        return status;
    }

    /** The other service's problem: type, title, detail, {@code invalid_parameters}. */
    public Problem problem() {
        return problem;
    }

    /** The problem's {@code instance}, when the body was a valid problem with one. */
    public Optional<String> instance() {
        return Optional.ofNullable(instance);
    }

    /** {@code Retry-After}, {@code WWW-Authenticate} and {@code Allow}, when the response had them; unmodifiable. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** Whether this is an occurrence of {@code type}: the same type URI and status. */
    public boolean is(ProblemType type) {
        return type.status() == status && problem.type().map(type.type()::equals).orElse(false);
    }

    /** The type of the application's catalog this is an occurrence of, if any (same type URI and status). */
    public Optional<ProblemType> typeIn(ProblemCatalog catalog) {
        Optional<URI> type = problem.type();
        return type.isEmpty() ? Optional.empty() : catalog.find(type.get()).filter(found -> found.status() == status);
    }

    /** A new bodiless response with the status and the kept headers. */
    @Override
    public Response getResponse() {
        Response.ResponseBuilder response = Response.status(status);
        headers.forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        return response.build();
    }

    private static String message(int status, String instance) {
        return "Remote service answered " + status + (instance == null ? "" : " (its instance: " + instance + ")");
    }

    private static Map<String, List<String>> keptHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            for (String keep : KEPT_HEADERS) {
                if (keep.equalsIgnoreCase(name) && values != null && !values.isEmpty()) {
                    kept.merge(keep, List.copyOf(values), (a, b) -> {
                        List<String> both = new ArrayList<>(a);
                        both.addAll(b);
                        return List.copyOf(both);
                    });
                }
            }
        });
        return kept.isEmpty() ? Map.of() : Collections.unmodifiableMap(kept);
    }
}
