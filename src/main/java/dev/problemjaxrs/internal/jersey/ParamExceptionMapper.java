package dev.problemjaxrs.internal.jersey;

import dev.problemjaxrs.internal.TranslatingMapper;
import dev.problemjaxrs.internal.Translation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ParamException;

/**
 * Jersey reports a parameter it could not convert as a bodiless 404 (query, path, matrix) or 400 (header,
 * cookie, form); {@link ParamProblems} decides what it becomes. No {@code @Context} fields here: Quarkus
 * REST would take the class for a CDI bean and load its Jersey types.
 */
@Priority(Translation.MAPPER_PRIORITY)
@ConstrainedTo(RuntimeType.SERVER)
final class ParamExceptionMapper extends TranslatingMapper implements ExceptionMapper<ParamException> {

    ParamExceptionMapper(Translation translation) {
        super(translation);
    }

    @Override
    public Response toResponse(ParamException exception) {
        return translate(exception);
    }
}
