package dev.problemjaxrs.internal.microprofile;

import dev.problemjaxrs.RemoteProblemException;
import dev.problemjaxrs.internal.client.RemoteProblemReader;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * For MicroProfile Rest Client implementations that hand a response filter's exception to the caller
 * wrapped: an interface method then throws {@code RemoteProblemException} itself, as the specification
 * lets a mapper's exception through unwrapped. Ahead of the specification's default mapper (priority
 * {@code Integer.MAX_VALUE}), which would throw a bare {@code WebApplicationException}.
 */
final class ProblemResponseExceptionMapper implements ResponseExceptionMapper<RemoteProblemException> {

    /** Lower is earlier; the specification's default mapper has {@code Integer.MAX_VALUE}. */
    static final int PRIORITY = 100;

    private final RemoteProblemReader reader;

    ProblemResponseExceptionMapper(RemoteProblemReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status <= 599;
    }

    @Override
    public RemoteProblemException toThrowable(Response response) {
        InputStream body;
        try {
            body = response.hasEntity() ? response.readEntity(InputStream.class) : null;
        } catch (RuntimeException e) {
            // already read or closed: the status alone tells
            body = null;
        }
        return reader.read(response.getStatus(), response.getStringHeaders(), body);
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
