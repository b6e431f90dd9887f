package dev.problemjaxrs.internal.jersey;

import dev.problemjaxrs.internal.PendingProblem;
import org.glassfish.jersey.server.ParamException;

/**
 * A parameter that could not be converted. A path parameter addresses the resource, so a bad one means
 * the resource does not exist: 404. Any other is a bad request: 400 naming the parameter, with a reason
 * from its declared type. (The specification's default is 404 for query and matrix parameters too.)
 */
final class ParamProblems {

    private ParamProblems() {
    }

    static PendingProblem of(ParamException exception) {
        if (exception instanceof ParamException.PathParamException) {
            return PendingProblem.of(404, exception);
        }
        String name = exception.getParameterName() == null || exception.getParameterName().isBlank()
                ? "parameter" : exception.getParameterName();
        return PendingProblem.unconverted(exception.getParameterType(), name, exception);
    }
}
