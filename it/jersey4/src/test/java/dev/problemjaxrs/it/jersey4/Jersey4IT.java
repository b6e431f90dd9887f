package dev.problemjaxrs.it.jersey4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.it.app.SampleApp;
import dev.problemjaxrs.it.conformance.ConformanceSuite;
import dev.problemjaxrs.it.conformance.ProblemResponse;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.internal.Version;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Jersey 4 (Jakarta REST 4.0) on Grizzly, with the same jar and the same registration. */
class Jersey4IT extends ConformanceSuite {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static HttpServer server;

    @BeforeAll
    static void start() throws IOException {
        ResourceConfig config = new ResourceConfig().registerClasses(SampleApp.classes())
                .addProperties(SampleApp.properties()).register(ProblemFeature.class);
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config, false);
        // how long a blocking read (a request body) waits for more bytes; Grizzly's default is 30 s
        server.getListeners().forEach(listener ->
                listener.getTransport().setReadTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @Override
    protected URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/");
    }

    @Override
    protected Duration bodyReadTimeout() {
        return READ_TIMEOUT;
    }

    @Test
    void runsOnJakartaRest4() throws Exception {
        // guards against the module silently resolving the 3.1 API or Jersey 3: the API jar is the 4.0.0
        // one and Jersey a 4.x, on the class path of this JVM, whose server the inherited suite ran against
        assertEquals("4.0.0", apiVersion(), "jakarta.ws.rs-api on the class path");
        assertTrue(Version.getVersion().startsWith("4."), "Jersey " + Version.getVersion());
        assertEquals(String.class, UriInfo.class.getMethod("getMatchedResourceTemplate").getReturnType(),
                "new in Jakarta REST 4.0");
        ProblemResponse.of(http.get("/no/such/route")).status(404);
    }

    private static String apiVersion() throws IOException {
        try (InputStream in = UriInfo.class.getResourceAsStream(
                "/META-INF/maven/jakarta.ws.rs/jakarta.ws.rs-api/pom.properties")) {
            assertNotNull(in, "no pom.properties in the jar of " + UriInfo.class.getProtectionDomain().getCodeSource());
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }
}
