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
 * {@code ResponseProcessingException} it throws reach the caller unwrapped.
 */
@Priority(1) // response filters run in descending priority: this one last, after the application's and tracing's
@ConstrainedTo(RuntimeType.CLIENT)
final class ErrorResponseFilter implements ClientResponseFilter {

    private final RemoteProblemReader reader;

    ErrorResponseFilter(RemoteProblemReader reader) {
        this.reader = reader;
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        int status = response.getStatus();
        if (status >= 400 && status <= 599) {
            throw reader.read(status, response.getHeaders(), response.getEntityStream());
        }
    }
}
