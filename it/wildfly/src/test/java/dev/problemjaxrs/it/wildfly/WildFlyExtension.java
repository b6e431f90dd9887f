package dev.problemjaxrs.it.wildfly;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies the one WildFly of this test JVM to any test class that asks for a {@link WildFly} parameter.
 * It is started on first request and kept in the root store, which JUnit closes when the whole run ends,
 * failed or not. A failed start is remembered, so the next class fails at once with the same cause.
 */
public final class WildFlyExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WildFlyExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WildFly.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Server.class, key -> Server.boot(), Server.class).wildFly();
    }

    /** The started server, or why it could not start. */
    private record Server(WildFly started, RuntimeException failure) implements ExtensionContext.Store.CloseableResource {

        static Server boot() {
            try {
                String[] wars = required("wildfly.wars").split(",");
                Map<String, Path> deployments = new LinkedHashMap<>();
                deployments.put("jsonb", Path.of(wars[0]));
                deployments.put("jackson", Path.of(wars[1]));
                WildFly wildFly = WildFly.start(Path.of(required("wildfly.home")), deployments,
                        Path.of(required("wildfly.workdir")), WildFly.options(System.getProperty("wildfly.java.options", "")),
                        Duration.ofSeconds(Long.getLong("wildfly.startup.timeout", 240)));
                System.out.printf("WildFly pid %d serving http://127.0.0.1:%d/{jsonb,jackson}/ ready after %d ms%n",
                        wildFly.process().pid(), wildFly.port(), wildFly.process().startupTime().toMillis());
                return new Server(wildFly, null);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return new Server(null, new IllegalStateException("WildFly did not start (the cause has its log)", e));
            }
        }

        WildFly wildFly() {
            if (failure != null) {
                throw failure;
            }
            return started;
        }

        @Override
        public void close() {
            if (started != null) {
                long begin = System.nanoTime();
                started.close();
                System.out.printf("WildFly stopped in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: run the ITs through failsafe");
        }
        return value;
    }
}
