package dev.problemjaxrs.it.grizzly;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import java.net.URI;
import java.time.Duration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Jersey 3.1 on Grizzly with {@code register(ProblemFeature.class)}. */
class GrizzlyRegisteredIT extends ConformanceSuite {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static HttpServer server;

    @BeforeAll
    static void start() {
        server = GrizzlyServer.start(0, true, READ_TIMEOUT);
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @Override
    protected URI baseUri() {
        return GrizzlyServer.baseUri(server);
    }

    @Override
    protected Duration bodyReadTimeout() {
        return READ_TIMEOUT;
    }
}
