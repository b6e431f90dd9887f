package dev.problemjaxrs.it.grizzly;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.it.app.GatewayApi;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Service B (the sample API) and service A (the gateway that calls B), each on Grizzly on loopback. */
public final class TwoServices implements AutoCloseable {

    private final HttpServer b;
    private final HttpServer a;

    private TwoServices(HttpServer b, HttpServer a) {
        this.b = b;
        this.a = a;
    }

    /** @param portOfA 0 for any free port; B always gets a free one */
    public static TwoServices start(int portOfA) {
        HttpServer b = GrizzlyServer.start(0, true);
        return new TwoServices(b, gateway(portOfA, GrizzlyServer.baseUri(b)));
    }

    /** Service A alone, calling the sample API at {@code serviceB}. */
    public static HttpServer gateway(int port, URI serviceB) {
        GatewayApi.callingB(serviceB);
        return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"),
                new ResourceConfig(GatewayApi.class).register(ProblemFeature.class));
    }

    public URI a() {
        return GrizzlyServer.baseUri(a);
    }

    public URI b() {
        return GrizzlyServer.baseUri(b);
    }

    @Override
    public void close() {
        a.shutdownNow();
        b.shutdownNow();
        GatewayApi.close();
    }
}
