package dev.problemjaxrs.it.grizzly;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Jersey 3.1 on Grizzly with {@code register(ProblemFeature.class)}. */
class GrizzlyRegisteredIT extends ConformanceSuite {

    private static HttpServer server;

    @BeforeAll
    static void start() {
        server = GrizzlyServer.start(0, true);
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @Override
    protected URI baseUri() {
        return GrizzlyServer.baseUri(server);
    }
}
