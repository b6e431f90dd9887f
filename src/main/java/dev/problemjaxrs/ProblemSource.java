package dev.problemjaxrs;

import java.util.List;
import java.util.Map;

/**
 * An exception that says which problem it is: thrown anywhere while serving a request (a resource, the
 * service layer, a filter, an asynchronous stage), it is answered with its status, its problem and its
 * headers, and the request's trace id as {@code instance}.
 *
 * <p>For exception classes that must extend something else; otherwise extending {@link ProblemException}
 * is shorter and captures no stack trace. An {@code ExceptionMapper} of the application for the exception's
 * own class still wins, as the specification's nearest-type rule says.
 *
 * <pre>{@code
 * class OutOfCreditException extends BillingException implements ProblemSource {
 *     public int status() { return 403; }
 *     public Problem problem() { return Errors.OUT_OF_CREDIT.problem("Your current balance is 30, but that costs 50."); }
 * }
 * }</pre>
 */
public interface ProblemSource {

    /** The HTTP status, from 400 to 599; anything else is answered as a 500. */
    int status();

    /** What the client is told. */
    Problem problem();

    /**
     * Extra response headers, such as {@code Retry-After} or {@code WWW-Authenticate}; headers that
     * describe the body ({@code Content-*}) and cookies are ignored.
     */
    default Map<String, List<String>> headers() {
        return Map.of();
    }
}
