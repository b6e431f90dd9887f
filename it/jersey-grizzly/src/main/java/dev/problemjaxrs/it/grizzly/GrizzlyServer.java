package dev.problemjaxrs.it.grizzly;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.it.app.SampleApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The sample API on Grizzly, bound to loopback. */
public final class GrizzlyServer {

    private GrizzlyServer() {
    }

    /**
     * @param port     0 for any free port
     * @param register whether to register {@link ProblemFeature}; without it Jersey's auto-discovery must
     */
    public static HttpServer start(int port, boolean register) {
        return start(port, register, null);
    }

    /**
     * @param readTimeout how long a blocking read (a request body) waits for more bytes, or null for
     *                    Grizzly's 30 s; set on the transport before it starts, which hands it to each
     *                    connection it accepts
     */
    public static HttpServer start(int port, boolean register, Duration readTimeout) {
        ResourceConfig config = new ResourceConfig().registerClasses(SampleApp.classes())
                .addProperties(SampleApp.properties());
        if (register) {
            config.register(ProblemFeature.class);
        }
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"),
                config, false);
        if (readTimeout != null) {
            server.getListeners().forEach(listener ->
                    listener.getTransport().setReadTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS));
        }
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    public static URI baseUri(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/");
    }
}
