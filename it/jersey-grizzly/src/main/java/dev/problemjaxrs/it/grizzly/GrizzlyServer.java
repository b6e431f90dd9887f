package dev.problemjaxrs.it.grizzly;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.it.app.SampleApp;
import java.net.URI;
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
        ResourceConfig config = new ResourceConfig().registerClasses(SampleApp.classes())
                .addProperties(SampleApp.properties());
        if (register) {
            config.register(ProblemFeature.class);
        }
        return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"), config);
    }

    public static URI baseUri(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/");
    }
}
