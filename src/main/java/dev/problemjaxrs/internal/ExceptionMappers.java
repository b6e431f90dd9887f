package dev.problemjaxrs.internal;

import dev.problemjaxrs.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * The mappers every runtime gets, one per exception family that some runtime would otherwise answer
 * itself. Mapper selection takes the nearest exception type first, so each exists for its exact type.
 */
final class ExceptionMappers {

    private ExceptionMappers() {
    }

    static List<Object> all(Translation translation) {
        return List.of(new WebApplication(translation), new ProblemExceptions(translation),
                new Processing(translation), new Unexpected(translation));
    }

    /** Jersey's own 404/405/406/415 and every exception the application throws as an HTTP error. */
    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class WebApplication extends TranslatingMapper implements ExceptionMapper<WebApplicationException> {
        WebApplication(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(WebApplicationException exception) {
            return translate(exception);
        }
    }

    /** The application's own problems; beats an application mapper for RuntimeException. */
    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class ProblemExceptions extends TranslatingMapper implements ExceptionMapper<ProblemException> {
        ProblemExceptions(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(ProblemException exception) {
            return translate(exception);
        }
    }

    /** Readers' failures wrapped by the runtime (JSON-B in Jersey). */
    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Processing extends TranslatingMapper implements ExceptionMapper<ProcessingException> {
        Processing(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(ProcessingException exception) {
            return translate(exception);
        }
    }

    /** Everything else: Jersey 3.1's default mapper would answer with a plain-text sentence. */
    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Unexpected extends TranslatingMapper implements ExceptionMapper<Throwable> {
        Unexpected(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(Throwable exception) {
            return translate(exception);
        }
    }
}
