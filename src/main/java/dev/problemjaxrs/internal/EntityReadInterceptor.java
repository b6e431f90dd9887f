package dev.problemjaxrs.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Knows which failures came from reading this request's body: it records the exception the read threw as
 * a request property. Only such a failure may be blamed on the client (400 or 422); the same exception
 * type from anywhere else (the application parsing its own JSON, a client reading a downstream body) is
 * the server's fault. Costs nothing unless a read fails.
 */
@Priority(Priorities.ENTITY_CODER - 500) // around every other interceptor, so it sees their failures too
@ConstrainedTo(RuntimeType.SERVER)
final class EntityReadInterceptor implements ReaderInterceptor {

    private static final String FAILED_READ_PROPERTY = "dev.problemjaxrs.failedEntityRead";
    private static final int MAX_CAUSES = 16;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            context.setProperty(FAILED_READ_PROPERTY, e);
            throw e;
        }
    }

    /** The failure this request's entity read threw, when {@code thrown} is it, wraps it or is wrapped by it. */
    static Throwable readFailure(ContainerRequestContext request, Throwable thrown) {
        Object recorded = request.getProperty(FAILED_READ_PROPERTY);
        if (!(recorded instanceof Throwable failure) || thrown == null) {
            return null;
        }
        return chainContains(thrown, failure) || chainContains(failure, thrown) ? failure : null;
    }

    private static boolean chainContains(Throwable chain, Throwable wanted) {
        Throwable current = chain;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (current == wanted) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }
}
