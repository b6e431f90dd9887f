package dev.problemjaxrs.internal;

import dev.problemjaxrs.ProblemException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** What every exception mapper of this library does: translate, then hand over to the renderer. */
public final class Mappers {

    /**
     * Mapper priority: lower than the default 5000 of unannotated providers, so a runtime's built-in
     * mapper for the same exception type loses; an application mapper wins with a value below this.
     */
    public static final int PRIORITY = 100;

    private static final ExceptionTranslator TRANSLATOR = Integrations.translator();

    private Mappers() {
    }

    public static Response toResponse(Throwable thrown) {
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 400) {
            // redirects and other non-errors thrown as exceptions keep their response
            return web.getResponse();
        }
        return ProblemRenderer.response(TRANSLATOR.translate(thrown), carriedHeaders(thrown));
    }

    private static MultivaluedMap<String, Object> carriedHeaders(Throwable thrown) {
        if (thrown instanceof WebApplicationException web) {
            return web.getResponse().getHeaders();
        }
        if (thrown instanceof ProblemException problem && !problem.headers().isEmpty()) {
            MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
            problem.headers().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            return headers;
        }
        return null;
    }
}
