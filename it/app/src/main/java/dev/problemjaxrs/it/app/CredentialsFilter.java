package dev.problemjaxrs.it.app;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Basic credentials {@code <apiKey>:<any secret>}; anything else is turned away with a bodiless 401,
 * as authentication filters usually do. The problem document is added by the library.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class CredentialsFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString("Authorization");
        String apiKey = request.getUriInfo().getPathParameters().getFirst("apiKey");
        if (!valid(header, apiKey)) {
            request.abortWith(Response.status(401).header("WWW-Authenticate", "Basic realm=\"accounts\"").build());
        }
    }

    private static boolean valid(String header, String apiKey) {
        if (header == null || !header.startsWith("Basic ") || apiKey == null) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            return decoded.startsWith(apiKey + ":") && decoded.length() > apiKey.length() + 1;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
