package dev.problemjaxrs.bench;

import dev.problemjaxrs.ProblemFeature;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.validation.ValidationFeature;

/**
 * One benchmarked server, started by {@link LoadBench} as a child JVM:
 * {@code BenchServer <none|floor|problem-jaxrs> <port>}. Same app, same Jersey modules in all three;
 * only the error handling differs.
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) throws Exception {
        String variant = args[0];
        int port = Integer.parseInt(args[1]);
        ResourceConfig config = new ResourceConfig().registerClasses(BenchApp.resources())
                .register(JacksonFeature.class).register(ValidationFeature.class);
        switch (variant) {
            case "none" -> requireAbsent();
            case "floor" -> {
                requireAbsent();
                config.register(new Floor.Mapper()).register(new Floor.Filter());
            }
            case "problem-jaxrs" -> config.register(ProblemFeature.class);
            default -> throw new IllegalArgumentException("unknown variant " + variant);
        }
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"),
                config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            stopped.countDown();
        }, "bench-shutdown"));
        // If the launcher dies without stopping us (kill -9, a crash), exit too: no orphan keeps the port
        // and the core busy.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        System.out.println("bench server " + variant + " listening on port " + port);
        stopped.await();
    }

    /**
     * The launcher keeps the library's jar off this JVM's class path, so Jersey's auto-discovery cannot
     * register it; fail loudly if it is there anyway, rather than measure the wrong thing.
     */
    private static void requireAbsent() {
        try {
            Class.forName("dev.problemjaxrs.ProblemFeature", false, BenchServer.class.getClassLoader());
            throw new IllegalStateException("problem-jaxrs is on the class path of a server that must not have it");
        } catch (ClassNotFoundException expected) {
            // as it should be
        }
    }
}
