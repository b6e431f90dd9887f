package dev.problemjaxrs.it.payara;

import dev.problemjaxrs.it.app.SecretsApi;
import dev.problemjaxrs.it.conformance.ServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The one Payara Micro of this test JVM, for any test class that asks for a {@link PayaraMicro} parameter. */
public final class PayaraExtension extends ServerExtension<PayaraMicro> {

    /** The WAR's context root: not "/", so that the library is exercised behind a context path. */
    public static final String CONTEXT_ROOT = "/sample";

    public PayaraExtension() {
        super(PayaraMicro.class, "Payara Micro");
    }

    @Override
    protected PayaraMicro boot() throws Exception {
        return PayaraMicro.start(options());
    }

    @Override
    protected String describe(PayaraMicro payara) {
        return String.format("Payara Micro pid %d serving http://127.0.0.1:%d%s/ ready after %d ms",
                payara.pid(), payara.port(), CONTEXT_ROOT, payara.startupTime().toMillis());
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
                javaOptions("payara.java.options"),
                Duration.ofSeconds(Long.getLong("payara.startup.timeout", 240)),
                List.of("/jsonb" + account, "/jackson" + account));
    }
}
