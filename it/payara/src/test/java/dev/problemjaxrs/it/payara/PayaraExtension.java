package dev.problemjaxrs.it.payara;

import dev.problemjaxrs.it.app.SecretsApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies the one Payara Micro of this test JVM to any test class that asks for a {@link PayaraMicro}
 * parameter. It is started on first request and kept in the root store, which JUnit closes when the
 * whole run ends, failed or not. A failed start is remembered, so the next class fails at once with the
 * same cause instead of booting Payara again.
 */
public final class PayaraExtension implements ParameterResolver {

    /** The WAR's context root: not "/", so that the library is exercised behind a context path. */
    public static final String CONTEXT_ROOT = "/sample";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PayaraExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PayaraMicro.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Server.class, key -> Server.boot(), Server.class).payara();
    }

    /** The started server, or why it could not start. */
    private record Server(PayaraMicro started, RuntimeException failure)
            implements ExtensionContext.Store.CloseableResource {

        static Server boot() {
            try {
                PayaraMicro payara = PayaraMicro.start(options());
                System.out.printf("Payara Micro pid %d serving http://127.0.0.1:%d%s/ ready after %d ms%n",
                        payara.pid(), payara.port(), CONTEXT_ROOT, payara.startupTime().toMillis());
                return new Server(payara, null);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return new Server(null, new IllegalStateException("Payara Micro did not start (the cause has its log)", e));
            }
        }

        PayaraMicro payara() {
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
                System.out.printf("Payara Micro stopped in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            }
        }
    }

    private static PayaraMicro.Options options() {
        Path jar = Path.of(required("payara.micro.jar"));
        Path war = Path.of(required("payara.war"));
        for (Path file : List.of(jar, war)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " does not exist: run the module with 'mvn verify'");
            }
        }
        String account = "/accounts/" + SecretsApi.FULL_ACCOUNT + "/secrets";
        return new PayaraMicro.Options(jar, war, CONTEXT_ROOT, Path.of(required("payara.workdir")),
                Arrays.stream(System.getProperty("payara.java.options", "").trim().split("\\s+"))
                        .filter(option -> !option.isEmpty()).toList(),
                Duration.ofSeconds(Long.getLong("payara.startup.timeout", 240)),
                List.of("/jsonb" + account, "/jackson" + account));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: run the ITs through failsafe");
        }
        return value;
    }
}
