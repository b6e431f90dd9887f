package dev.problemjaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A runtime may report a header the request lacks as an entry whose only value is null (CXF does for
 * {@code Content-Type}); such a header is absent, not unparseable, and never a 500.
 */
class NullHeaderValuesTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> CoreResources.application()
            .register(AbsentAsNull.class).register(ProblemFeature.class));

    @Test
    void aHeaderWhoseOnlyValueIsNullIsAbsent() {
        HttpResponse<String> response = server.get("/things");
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void aNullValueBesideARealOneLeavesTheRealOneToBeChecked() {
        ProblemAssert.assertProblem(server.get("/things", "Accept", "x/y/z")).hasStatus(400).hasSlug("accept-header");
    }

    /** Reports absent Accept and Content-Type headers as CXF does, before the library's filter runs. */
    @PreMatching
    @Priority(1)
    public static final class AbsentAsNull implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (!request.getHeaders().containsKey(HttpHeaders.CONTENT_TYPE)) {
                request.getHeaders().put(HttpHeaders.CONTENT_TYPE, Collections.singletonList(null));
            }
            request.getHeaders().add(HttpHeaders.ACCEPT, null);
        }
    }
}
