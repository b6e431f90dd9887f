package dev.problemjaxrs.internal;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.Problem;
import java.util.List;

/**
 * What an exception mapper decides: the status and the problem, without the parts that only the request
 * knows (trace id, method, media types). {@link ProblemRenderer} completes it in the response filter,
 * which sees every response, so mappers need no request-scoped injection.
 *
 * @param status     the HTTP status, 400 to 599
 * @param slug       the catalog slug that gives the default type
 * @param problem    an application's own problem, or null for the catalog defaults
 * @param title      the title when {@code problem} is null
 * @param detail     the detail when {@code problem} is null; may be null
 * @param parameters rejected inputs when {@code problem} is null
 * @param cause      logged with the trace id for server errors; never written to the client
 */
public record PendingProblem(int status, String slug, Problem problem, String title, String detail,
                             List<InvalidParameter> parameters, Throwable cause) {

    public PendingProblem {
        parameters = List.copyOf(parameters);
    }

    /** The catalog defaults of a status. */
    public static PendingProblem of(int status, Throwable cause) {
        return of(status, StatusCatalog.of(status), cause);
    }

    /** A catalog entry answered with a status. */
    public static PendingProblem of(int status, StatusCatalog.Entry entry, Throwable cause) {
        return new PendingProblem(status, entry.slug(), null, entry.title(), entry.detail(), List.of(), cause);
    }

    /** A 422 validation problem listing the rejected inputs. */
    public static PendingProblem validation(List<InvalidParameter> parameters, Throwable cause) {
        StatusCatalog.Entry entry = StatusCatalog.VALIDATION;
        return new PendingProblem(422, entry.slug(), null, entry.title(), entry.detail(), parameters, cause);
    }

    /** An application's own problem. */
    public static PendingProblem custom(int status, Problem problem, Throwable cause) {
        return new PendingProblem(status, StatusCatalog.of(status).slug(), problem, problem.title(),
                problem.detail().orElse(null), problem.invalidParameters(), cause);
    }

    /** True when the detail may be worded from the request (405 method, 406/415 media types, 429 time). */
    boolean catalogDefault() {
        return problem == null;
    }
}
