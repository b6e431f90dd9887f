package dev.problemjaxrs.internal;

import dev.problemjaxrs.ProblemException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Decides which problem an exception becomes. Runtimes wrap what the client did wrong (a parser's
 * exception inside a {@code ProcessingException} or a 400 {@code WebApplicationException}), so known
 * wrappers are unwrapped; the cause of any other exception is never consulted, because a JSON error
 * inside the application's own code is a server fault, not the client's.
 */
public final class ExceptionTranslator {

    private static final int MAX_DEPTH = 16;

    private final List<Translator> integrations;

    public ExceptionTranslator(List<Translator> integrations) {
        this.integrations = List.copyOf(integrations);
    }

    /** Never null: an unrecognised exception is a 500 {@code internal-error}. */
    public PendingProblem translate(Throwable thrown) {
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
        return PendingProblem.of(500, thrown);
    }

    private PendingProblem translateOne(Throwable thrown) {
        if (thrown instanceof ProblemException problem) {
            return PendingProblem.custom(problem.status(), problem.problem(), problem);
        }
        for (Translator integration : integrations) {
            PendingProblem problem = integration.translate(thrown);
            if (problem != null) {
                return problem;
            }
        }
        if (thrown instanceof NoContentException) {
            // a reader found no body where the resource requires one
            return PendingProblem.of(400, StatusCatalog.INVALID_JSON, thrown);
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
                || thrown instanceof UndeclaredThrowableException
                || thrown.getClass().getName().equals("org.glassfish.jersey.server.internal.process.MappableException");
    }
}
