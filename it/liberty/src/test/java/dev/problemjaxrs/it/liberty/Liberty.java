package dev.problemjaxrs.it.liberty;

import dev.problemjaxrs.it.app.SecretsApi;
import dev.problemjaxrs.it.conformance.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Open Liberty unpacked into {@code target/liberty}, serving one WAR (two applications) on 127.0.0.1
 * only, from a user directory of its own under {@code target/liberty-run} ({@code WLP_USER_DIR}): the
 * unpacked runtime is never written to, so one unpacking serves every run until {@code mvn clean}.
 */
final class Liberty {

    static final String SERVER = "problemjaxrs";
    /** The WAR's context root (server.xml): not "/", so that the library is exercised behind a context path. */
    static final String CONTEXT_ROOT = "/sample";
    /** The server configuration, kept beside the tests. */
    private static final String SERVER_XML = "/server.xml";
    private static final Pattern READY = Pattern.compile("CWWKF0011I");
    /** An application that failed to start, a feature that could not be installed; Liberty itself goes on. */
    private static final List<String> DEPLOYMENT_FAILED = List.of("CWWKZ0002E", "CWWKZ0004E", "CWWKF0001E",
            "CWWKF0042E", "CWWKE0701E");

    /** {@code readTimeout} of the endpoint's {@code httpOptions} in server.xml. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    private Liberty() {
    }

    static ServerProcess start(Path home, Path war, Path workDir, List<String> javaOptions, Duration timeout)
            throws IOException, InterruptedException {
        Path dir = ServerProcess.freshWorkDir(workDir);
        Path server = Files.createDirectories(dir.resolve("usr/servers").resolve(SERVER));
        try (var xml = Liberty.class.getResourceAsStream(SERVER_XML)) {
            Files.copy(xml, server.resolve("server.xml"));
        }
        int port = ServerProcess.freeLoopbackPort();
        // command.port=-1: no socket for the 'server stop' command; the test stops the process itself
        Files.writeString(server.resolve("bootstrap.properties"), "http.port=" + port + "\n"
                + "war.location=" + war.toAbsolutePath() + "\n"
                + "command.port=-1\n");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        String jvmArgs = String.join(" ", javaOptions) + " -Djava.io.tmpdir=" + tmp;
        List<String> command = List.of(home.resolve("bin/server").toString(), "run", SERVER);
        Map<String, String> environment = Map.of("WLP_USER_DIR", dir.resolve("usr").toString(),
                "JAVA_HOME", System.getProperty("java.home"), "JVM_ARGS", jvmArgs);
        String ready = "/accounts/" + SecretsApi.FULL_ACCOUNT + "/secrets";
        List<URI> readyUris = Stream.of("/listed", "/scanned")
                .map(application -> URI.create("http://127.0.0.1:" + port + CONTEXT_ROOT + application + ready))
                .toList();
        return ServerProcess.start(new ServerProcess.Launch("Open Liberty", command, port, dir, environment, readyUris,
                DEPLOYMENT_FAILED, READY, timeout));
    }

}
