package dev.problemjaxrs.internal.client;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

/**
 * Turns a response with status 400 to 599 into a {@code RemoteProblemException}; anything else passes
 * untouched. A response filter because both Jersey's and RESTEasy's clients let the
 * {@code ResponseProcessingException} it throws reach the caller unwrapped. Not where a MicroProfile Rest
 * Client's interface method is invoked and the feature's {@code ResponseExceptionMapper} applies: RESTEasy's
 * proxy unwraps a filter's {@code ResponseProcessingException} to its cause, and the specification's mapper
 * is the way an exception reaches that method's caller as it is.
 */
@Priority(1) // response filters run in descending priority: this one last, after the application's and tracing's
@ConstrainedTo(RuntimeType.CLIENT)
final class ErrorResponseFilter implements ClientResponseFilter {

    /** The property a MicroProfile Rest Client sets on the requests of its interface methods. */
    static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";

    private final RemoteProblemReader reader;
    private final boolean leavesInterfacesToMapper;

    /**
     * @param leavesInterfacesToMapper whether a MicroProfile interface method's error response is left to
     *                                 the {@code ResponseExceptionMapper}
     */
    ErrorResponseFilter(RemoteProblemReader reader, boolean leavesInterfacesToMapper) {
        this.reader = reader;
        this.leavesInterfacesToMapper = leavesInterfacesToMapper;
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        int status = response.getStatus();
        if (status >= 400 && status <= 599
                && !(leavesInterfacesToMapper && request.getProperty(INVOKED_METHOD) != null)) {
            throw reader.read(status, response.getHeaders(), response.getEntityStream());
        }
    }
}
