package dev.problemjaxrs.it.conformance;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies the one server of this test JVM to any test class that asks for it as a parameter. It is
 * started on first request and kept in the root store, which JUnit closes when the whole run ends, failed
 * or not. A failed start is remembered, so the next class fails at once with the same cause instead of
 * booting the server again.
 *
 * @param <T> the server, as the runtime module models it
 */
public abstract class ServerExtension<T extends AutoCloseable> implements ParameterResolver {

    private final Class<T> type;
    private final String name;

    protected ServerExtension(Class<T> type, String name) {
        this.type = type;
        this.name = name;
    }

    /** Starts the server; called once per test JVM. */
    protected abstract T boot() throws Exception;

    /** One line for the build's output once the server is ready: where it serves, its pid and start-up time. */
    protected abstract String describe(T server);

    @Override
    public final boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == type;
    }

    @Override
    public final Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Server<?> server = context.getRoot().getStore(ExtensionContext.Namespace.create(getClass()))
                .getOrComputeIfAbsent(type, key -> start(), Server.class);
        return type.cast(server.get());
    }

    private Server<T> start() {
        try {
            T started = boot();
            System.out.println(describe(started));
            return new Server<>(name, started, null);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Server<>(name, null,
                    new IllegalStateException(name + " did not start (the cause has its log)", e));
        }
    }

    /** A system property the build must set. */
    protected static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property
                    + " is not set: run the ITs through failsafe");
        }
        return value;
    }

    /** The JVM options given in a system property, separated by spaces. */
    protected static List<String> javaOptions(String property) {
        return Arrays.stream(System.getProperty(property, "").trim().split("\\s+"))
                .filter(option -> !option.isEmpty()).toList();
    }

    /** The started server, or why it could not start. */
    private record Server<T extends AutoCloseable>(String name, T started, RuntimeException failure)
            implements ExtensionContext.Store.CloseableResource {

        T get() {
            if (failure != null) {
                throw failure;
            }
            return started;
        }

        @Override
        public void close() throws Exception {
            if (started != null) {
                long begin = System.nanoTime();
                started.close();
                System.out.printf("%s stopped in %d ms%n", name, (System.nanoTime() - begin) / 1_000_000);
            }
        }
    }
}
