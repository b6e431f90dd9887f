package dev.problemjaxrs.internal.jersey;

import dev.problemjaxrs.internal.Mappers;
import dev.problemjaxrs.internal.ProblemRenderer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ParamException;

/**
 * Jersey reports a parameter it could not convert as a bodiless 404 (query, path, matrix) or 400 (header,
 * cookie, form). The parameter's type, hence the reason, is found when the response is completed. No
 * {@code @Context} fields here: Quarkus REST would take the class for a CDI bean and load its Jersey types.
 */
@Priority(Mappers.PRIORITY)
@ConstrainedTo(RuntimeType.SERVER)
public final class ParamExceptionMapper implements ExceptionMapper<ParamException> {

    @Override
    public Response toResponse(ParamException exception) {
        return ProblemRenderer.response(ParamProblems.of(exception), null);
    }
}
