package dev.problemjaxrs.internal;

import dev.problemjaxrs.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The mappers every runtime gets. Each exists so that no built-in mapper answers its family. */
public final class CoreMappers {

    private CoreMappers() {
    }

    /** Jersey's own 404/405/406/415 and every exception the application throws as an HTTP error. */
    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            return Mappers.toResponse(exception);
        }
    }

    /** The application's own problems; beats an application mapper for RuntimeException. */
    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Problem implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException exception) {
            return Mappers.toResponse(exception);
        }
    }

    /** Readers' failures wrapped by the runtime (JSON-B in Jersey). */
    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException exception) {
            return Mappers.toResponse(exception);
        }
    }

    /** Everything else: Jersey 3.1's default mapper would answer with a plain-text sentence. */
    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return Mappers.toResponse(exception);
        }
    }
}
