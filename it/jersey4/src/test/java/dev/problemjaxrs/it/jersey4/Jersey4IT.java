package dev.problemjaxrs.it.jersey4;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.it.app.SampleApp;
import dev.problemjaxrs.it.conformance.ConformanceSuite;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Jersey 4 (Jakarta REST 4.0) on Grizzly, with the same jar and the same registration. */
class Jersey4IT extends ConformanceSuite {

    private static HttpServer server;

    @BeforeAll
    static void start() {
        ResourceConfig config = new ResourceConfig().registerClasses(SampleApp.classes())
                .addProperties(SampleApp.properties()).register(ProblemFeature.class);
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @Override
    protected URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/");
    }

    @Test
    void runsOnJakartaRest4() throws NoSuchMethodException {
        // guards against the module silently resolving the 3.1 API: this method is new in 4.0
        assertTrue(UriInfo.class.getMethod("getMatchedResourceTemplate") != null);
    }
}
