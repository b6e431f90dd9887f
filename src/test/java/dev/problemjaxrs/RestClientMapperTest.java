package dev.problemjaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.internal.client.RemoteProblemReader;
import dev.problemjaxrs.internal.microprofile.MicroProfileRestClient;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MicroProfile Rest Client's {@code ResponseExceptionMapper}, given real inbound responses (from a plain
 * Jersey client, without the feature): it reads them as the client filter does, and ranks before the
 * specification's default mapper.
 */
class RestClientMapperTest {

    private static final String INSTANCE = "0af7651916cd43dd8448eb211c80319c";

    @RegisterExtension
    static final Downstream downstream = new Downstream();

    private static Client plain;
    private static ResponseExceptionMapper<?> mapper;

    @BeforeAll
    static void setUp() {
        plain = ClientBuilder.newClient();
        mapper = (ResponseExceptionMapper<?>) MicroProfileRestClient.mapper(new RemoteProblemReader(
                status -> Problem.builder().title("Status " + status).build()));
        downstream.answer("/problem", 429, "{\"title\":\"Rate Limited\",\"instance\":\"" + INSTANCE + "\"}",
                "Content-Type", "application/problem+json", "Retry-After", "30");
        downstream.answer("/html", 502, "<html>Bad gateway</html>", "Content-Type", "text/html");
    }

    @AfterAll
    static void close() {
        plain.close();
    }

    @Test
    void itHandlesErrorStatusesOnlyAheadOfTheDefaultMapper() {
        assertTrue(mapper.handles(400, new MultivaluedHashMap<>()));
        assertTrue(mapper.handles(599, new MultivaluedHashMap<>()));
        assertFalse(mapper.handles(302, new MultivaluedHashMap<>()));
        assertFalse(mapper.handles(200, new MultivaluedHashMap<>()));
        assertTrue(mapper.getPriority() < Integer.MAX_VALUE);
    }

    @Test
    void aProblemResponseBecomesRemoteProblemException() {
        Response response = plain.target(downstream.uri("/problem")).request().get();
        RemoteProblemException e = (RemoteProblemException) mapper.toThrowable(response);
        assertEquals(429, e.status());
        assertEquals("Rate Limited", e.problem().title());
        assertEquals(Optional.of(INSTANCE), e.instance());
        assertEquals(Map.of("Retry-After", List.of("30")), e.headers());
    }

    @Test
    void aBodyThatIsNotAProblemGivesTheStatusDefaults() {
        Response response = plain.target(downstream.uri("/html")).request().get();
        RemoteProblemException e = (RemoteProblemException) mapper.toThrowable(response);
        assertEquals(502, e.status());
        assertEquals("Status 502", e.problem().title());
        assertEquals(Optional.empty(), e.instance());
    }
}
