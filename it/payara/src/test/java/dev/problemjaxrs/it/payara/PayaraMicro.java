package dev.problemjaxrs.it.payara;

import dev.problemjaxrs.it.conformance.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Payara Micro as a child process serving one WAR on {@code 127.0.0.1} only. Everything it writes
 * (root directory, temporary files, log, pid file) stays in one work directory under {@code target/}.
 *
 * <p>{@link #start} returns only when every readiness path answers 200 (see {@link ServerProcess}); Payara
 * Micro keeps running and even reports itself ready after a failed deployment, so its log is watched for
 * both. {@link #close} stops the whole process tree.
 */
public final class PayaraMicro implements AutoCloseable {

    /** Where the launch is described: the jar, the WAR, the work directory, the JVM, the time allowed. */
    public record Options(Path jar, Path war, String contextRoot, Path workDir, List<String> javaOptions,
                          Duration timeout, List<String> readyPaths) {
    }

    /**
     * asadmin commands run before boot. Payara Micro opens Hazelcast's {@code *:6900} even with
     * {@code --nocluster}, and its HTTP listener binds every interface unless told otherwise.
     */
    /** How long Grizzly waits for more bytes of a request, its body's included (its transport's read timeout). */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static final String PREBOOT_COMMANDS = """
            set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false
            set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
            set configs.config.server-config.network-config.transports.transport.tcp.read-timeout-millis=%d
            """.formatted(READ_TIMEOUT.toMillis());
    private static final Pattern READY = Pattern.compile("Payara Micro \\S+ \\(build \\d+\\) ready in");
    private static final List<String> DEPLOYMENT_FAILED = List.of("Exception while loading the app",
            "Exception while deploying the app", "Deployment failed", "deployment failure");

    private final ServerProcess process;
    private final String contextRoot;

    private PayaraMicro(ServerProcess process, String contextRoot) {
        this.process = process;
        this.contextRoot = contextRoot.equals("/") ? "" : contextRoot;
    }

    /** Boots Payara Micro and waits until it serves the readiness paths; never leaves it running on failure. */
    public static PayaraMicro start(Options options) throws IOException, InterruptedException {
        Path workDir = ServerProcess.freshWorkDir(options.workDir());
        Path root = Files.createDirectories(workDir.resolve("root"));
        Path tmp = Files.createDirectories(workDir.resolve("tmp"));
        Path preboot = Files.writeString(workDir.resolve("preboot.asadmin"), PREBOOT_COMMANDS);
        int port = ServerProcess.freeLoopbackPort();

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.javaOptions());
        command.add("-Djava.io.tmpdir=" + tmp);
        command.addAll(List.of("-jar", options.jar().toAbsolutePath().toString(),
                "--deploy", options.war().toAbsolutePath().toString(),
                "--contextroot", options.contextRoot(),
                "--port", Integer.toString(port),
                "--nocluster",
                "--disablephonehome",
                "--prebootcommandfile", preboot.toString(),
                "--rootdir", root.toString()));
        String context = options.contextRoot().equals("/") ? "" : options.contextRoot();
        List<URI> readyUris = options.readyPaths().stream()
                .map(path -> URI.create("http://127.0.0.1:" + port + context + path)).toList();
        // a setting of the library from the environment, as containers are configured (MicroProfile Config)
        Map<String, String> environment = Map.of("PROBLEMJAXRS_TITLE_LOOP_DETECTED", "Loop found");
        ServerProcess process = ServerProcess.start(new ServerProcess.Launch("Payara Micro", command, port, workDir,
                environment, readyUris, DEPLOYMENT_FAILED, READY, options.timeout()));
        return new PayaraMicro(process, options.contextRoot());
    }

    /** The URI of a path under the context root, such as {@code /jsonb/}. */
    public URI uri(String path) {
        return process.uri(contextRoot + (path.startsWith("/") ? path : "/" + path));
    }

    public int port() {
        return process.port();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return process.log();
    }

    /** From launching the process until every readiness path answered 200. */
    public Duration startupTime() {
        return process.startupTime();
    }

    /** The Payara process and every process it started. */
    public List<ProcessHandle> processTree() {
        return process.processTree();
    }

    public String tail() {
        return process.tail();
    }

    @Override
    public void close() {
        process.close();
    }
}
