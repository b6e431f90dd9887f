package dev.problemjaxrs.internal;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.Problem;
import dev.problemjaxrs.internal.naming.Reasons;
import java.lang.annotation.Annotation;
import java.util.List;

/**
 * What an exception mapper decides: the status and the problem, without the parts that only the request
 * knows (trace id, method, media types, a parameter's declared type). {@link ProblemRenderer} completes it
 * in the response filter, which sees every response, so mappers need no request-scoped injection.
 *
 * <p>Deliberately not a record and without public accessors: should another provider's JSON writer ever
 * meet it, it finds nothing to write, in particular not the cause.
 */
public final class PendingProblem {

    /** A parameter that did not convert; its reason comes from its declared type, found per request. */
    record Unconverted(Class<? extends Annotation> source, String name) {
    }

    private final int status;
    private final String slug;
    private final Problem problem;
    private final String title;
    private final String detail;
    private final List<InvalidParameter> parameters;
    private final Unconverted unconverted;
    private final Throwable cause;
    private final Blame blame;

    /**
     * Whom a problem blames where the failure's origin could decide it ({@link ProblemJudge}): that origin
     * decides; the request's body, only while the failure is known to come from reading it; or the server,
     * even where the failure came from reading the body.
     */
    enum Blame { BY_ORIGIN, REQUEST_BODY, SERVER }

    private PendingProblem(int status, String slug, Problem problem, String title, String detail,
                           List<InvalidParameter> parameters, Unconverted unconverted, Throwable cause) {
        this(status, slug, problem, title, detail, parameters, unconverted, cause, Blame.BY_ORIGIN);
    }

    private PendingProblem(int status, String slug, Problem problem, String title, String detail,
                           List<InvalidParameter> parameters, Unconverted unconverted, Throwable cause,
                           Blame blame) {
        this.status = status;
        this.slug = slug;
        this.problem = problem;
        this.title = title;
        this.detail = detail;
        this.parameters = List.copyOf(parameters);
        this.unconverted = unconverted;
        this.cause = cause;
        this.blame = blame;
    }

    /** The catalog defaults of a status. */
    public static PendingProblem of(int status, Throwable cause) {
        return of(status, StatusCatalog.of(status), cause);
    }

    /** A 500 {@code internal-error}: the server's fault, nothing of the cause in the body. */
    public static PendingProblem serverError(Throwable cause) {
        return of(500, cause);
    }

    /**
     * A 500 {@code internal-error} that stands even where the failure came from reading the request's
     * body: a reader that reports the server's own type or set-up as unusable, whatever the client sent.
     */
    public static PendingProblem serversFault(Throwable cause) {
        return serverError(cause).blaming(Blame.SERVER);
    }

    /** A 400 {@code invalid-json}: the request body is not JSON. */
    public static PendingProblem invalidJson(Throwable cause) {
        return of(400, StatusCatalog.INVALID_JSON, cause);
    }

    /** A catalog entry answered with a status. */
    static PendingProblem of(int status, StatusCatalog.Entry entry, Throwable cause) {
        return new PendingProblem(status, entry.slug(), null, entry.title(), entry.detail(), List.of(), null, cause);
    }

    /** A 422 validation problem listing the rejected inputs. */
    public static PendingProblem validation(List<InvalidParameter> parameters, Throwable cause) {
        StatusCatalog.Entry entry = StatusCatalog.VALIDATION;
        return new PendingProblem(422, entry.slug(), null, entry.title(), entry.detail(), parameters, null, cause);
    }

    /**
     * A 400 for a query, header, cookie, form or matrix parameter that did not convert to its declared type.
     *
     * @param source the parameter's annotation type, such as {@code QueryParam.class}
     */
    public static PendingProblem unconverted(Class<? extends Annotation> source, String name, Throwable cause) {
        StatusCatalog.Entry entry = StatusCatalog.UNCONVERTED_PARAMETER;
        return new PendingProblem(400, entry.slug(), null, entry.title(), entry.detail(),
                List.of(new InvalidParameter(name, Reasons.INVALID)), new Unconverted(source, name), cause);
    }

    /**
     * A 400 for parameters that did not convert, already named and given their reasons (from the resource
     * model, where the runtime did not say which parameter failed).
     */
    static PendingProblem unconverted(List<InvalidParameter> parameters, Throwable cause) {
        StatusCatalog.Entry entry = StatusCatalog.UNCONVERTED_PARAMETER;
        return new PendingProblem(400, entry.slug(), null, entry.title(), entry.detail(), parameters, null, cause);
    }

    /**
     * An application's own problem: thrown ({@code ProblemSource}) or returned as a response entity. A
     * status outside 400 to 599 is a programming error: a 500, whose log line names the cause.
     */
    static PendingProblem custom(int status, Problem problem, Throwable cause) {
        if (status < 400 || status > 599 || problem == null) {
            return serverError(cause != null ? cause
                    : new MisusedProblem("a Problem entity on a response with status " + status));
        }
        return new PendingProblem(status, StatusCatalog.of(status).slug(), problem, problem.title(),
                problem.detail().orElse(null), problem.invalidParameters(), null, cause);
    }

    /**
     * The same problem, blaming the request's body: the response filter keeps it only if the failure came
     * from reading this request's entity, and answers a 500 otherwise (the same parser exception from the
     * application's own parsing, or from a client reading another service's answer).
     */
    public PendingProblem fromRequestBody() {
        return blaming(Blame.REQUEST_BODY);
    }

    private PendingProblem blaming(Blame by) {
        return new PendingProblem(status, slug, problem, title, detail, parameters, unconverted, cause, by);
    }

    Blame blame() {
        return blame;
    }

    /** The same problem answered with another status, because a later filter changed it. */
    PendingProblem withStatus(int newStatus) {
        return problem == null ? of(newStatus, cause)
                : new PendingProblem(newStatus, StatusCatalog.of(newStatus).slug(), problem, title, detail, parameters,
                null, cause);
    }

    /** The same problem with the rejected inputs resolved per request. */
    PendingProblem withParameters(List<InvalidParameter> resolved) {
        return new PendingProblem(status, slug, problem, title, detail, resolved, null, cause);
    }

    int status() {
        return status;
    }

    String slug() {
        return slug;
    }

    Problem problem() {
        return problem;
    }

    String title() {
        return title;
    }

    String detail() {
        return detail;
    }

    List<InvalidParameter> parameters() {
        return parameters;
    }

    Unconverted unconverted() {
        return unconverted;
    }

    Throwable cause() {
        return cause;
    }

    /** True when the detail may be worded from the request (405 method, 406/415 media types, 429 time). */
    boolean catalogDefault() {
        return problem == null;
    }

    /** Without the cause: this may end up in a log line or an assertion message. */
    @Override
    public String toString() {
        return "PendingProblem[status=" + status + ", slug=" + slug + ", title=" + title + ", parameters="
                + parameters + "]";
    }
}
