package dev.problemjaxrs.internal;

import dev.problemjaxrs.ProblemSource;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The translation step, what every exception mapper of the library does: decide which problem an
 * exception becomes, then hand it to the renderer. One per application, holding the exception families
 * of the integrations that are present.
 *
 * <p>Runtimes wrap what the client did wrong (a parser's exception inside a {@code ProcessingException}
 * or a bodiless 400 {@code WebApplicationException}), so known wrappers are unwrapped; the cause of any
 * other exception is never consulted, because a JSON error inside the application's own code is a server
 * fault, not the client's.
 */
public final class Translation {

    /**
     * Mapper priority: lower than the default 5000 of unannotated providers, so a runtime's built-in
     * mapper for the same exception type loses; an application mapper wins with a value below this.
     */
    public static final int MAPPER_PRIORITY = 100;

    private static final int MAX_DEPTH = 16;

    private final List<ExceptionFamily> families;
    private final ProblemRenderer renderer;

    Translation(List<ExceptionFamily> families, ProblemRenderer renderer) {
        this.families = List.copyOf(families);
        this.renderer = renderer;
    }

    /** The response an exception mapper returns for any exception. */
    public Response toResponse(Throwable thrown) {
        Throwable unwrapped = thrown;
        for (int depth = 0; depth < MAX_DEPTH && isWrapper(unwrapped) && !(unwrapped instanceof WebApplicationException)
                && unwrapped.getCause() != unwrapped; depth++) {
            unwrapped = unwrapped.getCause();
        }
        if (unwrapped instanceof WebApplicationException web && web.getResponse().getStatus() < 400
                && !DownstreamResponses.isDownstream(web)) {
            // redirects and other non-errors thrown as exceptions keep their response, also from an async stage
            return web.getResponse();
        }
        PendingProblem pending = translate(thrown);
        return renderer.mapperResponse(pending, carriedHeaders(pending.cause()));
    }

    /** Never null: an unrecognised exception is a 500 {@code internal-error}. */
    PendingProblem translate(Throwable thrown) {
        WebApplicationException firstWebException = null;
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            PendingProblem problem = translateOne(current);
            if (problem != null) {
                return problem;
            }
            if (current instanceof WebApplicationException web && firstWebException == null) {
                firstWebException = web;
            }
            if (!isWrapper(current) || current.getCause() == current) {
                break;
            }
            current = current.getCause();
        }
        if (firstWebException != null) {
            return PendingProblem.of(firstWebException.getResponse().getStatus(), firstWebException);
        }
        return PendingProblem.serverError(thrown);
    }

    private PendingProblem translateOne(Throwable thrown) {
        if (DownstreamResponses.isDownstream(thrown)) {
            // another service's answer that escaped a resource: our fault, nothing of it is relayed
            return PendingProblem.serverError(thrown);
        }
        if (thrown instanceof ProblemSource source) {
            return PendingProblem.custom(source.status(), source.problem(), thrown);
        }
        for (ExceptionFamily family : families) {
            PendingProblem problem = family.translate(thrown);
            if (problem != null) {
                return problem;
            }
        }
        if (thrown instanceof NoContentException) {
            // a reader found no body where the resource requires one
            return PendingProblem.invalidJson(thrown).fromRequestBody();
        }
        if (thrown instanceof WebApplicationException web && !isWrapper(web)) {
            return PendingProblem.of(web.getResponse().getStatus(), web);
        }
        return null;
    }

    private static boolean isWrapper(Throwable thrown) {
        if (thrown.getCause() == null) {
            return false;
        }
        if (thrown instanceof WebApplicationException web) {
            // RESTEasy and Quarkus report a reader's failure as a 400 whose cause says what was wrong
            return web.getResponse().getStatus() == 400 && !web.getResponse().hasEntity();
        }
        return thrown instanceof ProcessingException
                || thrown instanceof CompletionException
                || thrown instanceof ExecutionException
                || thrown instanceof InvocationTargetException
                || thrown instanceof UndeclaredThrowableException;
    }

    /**
     * The headers of the exception the problem was made from (not of a wrapper around it); the renderer's
     * header policy decides which are sent.
     */
    private static MultivaluedMap<String, Object> carriedHeaders(Throwable source) {
        if (DownstreamResponses.isDownstream(source)) {
            return null;
        }
        if (source instanceof WebApplicationException web) {
            return web.getResponse().getHeaders();
        }
        if (source instanceof ProblemSource problem && problem.headers() != null && !problem.headers().isEmpty()) {
            MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
            problem.headers().forEach((name, values) -> {
                if (name != null && values != null && !name.regionMatches(true, 0, "content-", 0, 8)) {
                    headers.put(name, values.stream().filter(Objects::nonNull).map(Object.class::cast).toList());
                }
            });
            return headers;
        }
        return null;
    }
}
