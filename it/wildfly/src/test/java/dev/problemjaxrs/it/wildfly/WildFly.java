package dev.problemjaxrs.it.wildfly;

import dev.problemjaxrs.it.app.SecretsApi;
import dev.problemjaxrs.it.conformance.ServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The WildFly provisioned into {@code target/wildfly}, started with a server base directory of its own
 * under {@code target/wildfly-run}, on 127.0.0.1 only, with the WARs in its deployment scanner's directory.
 * The provisioned server is never written to, so one provisioning serves every run until {@code mvn clean}.
 */
final class WildFly {

    /** Messages of a failed deployment; WildFly itself goes on running and answers 404. */
    private static final List<String> DEPLOYMENT_FAILED = List.of("WFLYCTL0013", "WFLYCTL0186", "WFLYSRV0026");

    /** How long Undertow's default listener waits for more bytes of a request, its body's included. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    private WildFly() {
    }

    /**
     * @param home the provisioned server
     * @param wars deployed under the context root of their file name, such as {@code /jsonb}
     */
    static ServerProcess start(Path home, Map<String, Path> wars, Path workDir, List<String> javaOptions,
                               Duration timeout)
            throws IOException, InterruptedException {
        Path base = ServerProcess.freshWorkDir(workDir).resolve("standalone");
        copyTree(home.resolve("standalone"), base);
        Path configuration = base.resolve("configuration").resolve("standalone.xml");
        String xml = Files.readString(configuration);
        String listener = "<http-listener name=\"default\" ";
        if (!xml.contains(listener)) {
            throw new IllegalStateException("no default http-listener in " + configuration);
        }
        Files.writeString(configuration, xml.replace(listener,
                listener + "read-timeout=\"" + READ_TIMEOUT.toMillis() + "\" "));
        for (Map.Entry<String, Path> war : wars.entrySet()) {
            Files.copy(war.getValue(), base.resolve("deployments").resolve(war.getKey() + ".war"));
        }
        int port = ServerProcess.freeLoopbackPort();
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(home)
                .setJavaHome(Path.of(System.getProperty("java.home")))
                .setBaseDirectory(base)
                .addJavaOptions(javaOptions)
                .addJavaOption("-Djava.io.tmpdir=" + Files.createDirectories(workDir.resolve("tmp")).toAbsolutePath());
        // every socket binding of the jaxrs-server configuration: loopback, and free ports picked here
        command.setBindAddressHint("127.0.0.1");
        command.setBindAddressHint("management", "127.0.0.1");
        command.addServerArguments(new String[] {"-Djboss.http.port=" + port,
                "-Djboss.https.port=" + ServerProcess.freeLoopbackPort(),
                "-Djboss.management.http.port=" + ServerProcess.freeLoopbackPort(),
                "-Djboss.management.https.port=" + ServerProcess.freeLoopbackPort()});
        String ready = "/accounts/" + SecretsApi.FULL_ACCOUNT + "/secrets";
        List<URI> readyUris = wars.keySet().stream()
                .map(context -> URI.create("http://127.0.0.1:" + port + "/" + context + ready)).toList();
        return ServerProcess.start(new ServerProcess.Launch("WildFly", command.build(), port, workDir, Map.of(),
                readyUris, DEPLOYMENT_FAILED, null, timeout));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                Path target = to.resolve(from.relativize(file).toString());
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
