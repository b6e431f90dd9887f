package dev.problemjaxrs.it.payara;

import dev.problemjaxrs.it.conformance.Listeners;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Payara Micro as a child process serving one WAR on {@code 127.0.0.1} only. Everything it writes
 * (root directory, temporary files, log, pid file) stays in one work directory under {@code target/}.
 *
 * <p>{@link #start} returns only when every readiness path answers 200, and fails fast, with the end of
 * Payara's log, when the process dies, when a deployment fails (Payara Micro keeps running and even
 * reports itself ready after a failed deployment) or when a socket listens on anything but loopback.
 * {@link #close} stops the whole process tree: SIGTERM first, SIGKILL when it does not end in time.
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
    private static final String PREBOOT_COMMANDS = """
            set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false
            set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
            """;
    private static final Pattern READY = Pattern.compile("Payara Micro \\S+ \\(build \\d+\\) ready in");
    private static final List<String> DEPLOYMENT_FAILED = List.of("Exception while loading the app",
            "Exception while deploying the app", "Deployment failed", "deployment failure");
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final int TAIL_LINES = 60;
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Process process;
    private final int port;
    private final String contextRoot;
    private final Path log;
    private final Path pidFile;
    private final Thread shutdownHook;
    private volatile Duration startupTime;

    private PayaraMicro(Process process, int port, String contextRoot, Path log, Path pidFile) {
        this.process = process;
        this.port = port;
        this.contextRoot = contextRoot.equals("/") ? "" : contextRoot;
        this.log = log;
        this.pidFile = pidFile;
        // the forked test JVM may end without close(): never leave Payara behind
        this.shutdownHook = new Thread(() -> stop(process), "payara-micro-stop");
    }

    /** Boots Payara Micro and waits until it serves the readiness paths; never leaves it running on failure. */
    public static PayaraMicro start(Options options) throws IOException, InterruptedException {
        Path workDir = options.workDir().toAbsolutePath();
        Path pidFile = workDir.getParent().resolve(workDir.getFileName() + ".pid");
        killStale(pidFile, workDir);
        deleteRecursively(workDir);
        Path root = Files.createDirectories(workDir.resolve("root"));
        Path tmp = Files.createDirectories(workDir.resolve("tmp"));
        Path preboot = Files.writeString(workDir.resolve("preboot.asadmin"), PREBOOT_COMMANDS);
        Path log = workDir.resolve("payara.log");
        int port = freeLoopbackPort();

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

        long begin = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                // a file, never a pipe: nobody would drain a pipe and a full one blocks Payara
                .redirectOutput(log.toFile());
        // a setting of the library from the environment, as containers are configured (MicroProfile Config)
        builder.environment().put("PROBLEMJAXRS_TITLE_LOOP_DETECTED", "Loop found");
        Process process = builder.start();
        PayaraMicro payara = new PayaraMicro(process, port, options.contextRoot(), log, pidFile);
        Runtime.getRuntime().addShutdownHook(payara.shutdownHook);
        boolean started = false;
        try {
            Files.writeString(pidFile, Long.toString(process.pid()));
            payara.awaitReady(options.readyPaths(), options.timeout());
            payara.startupTime = Duration.ofNanos(System.nanoTime() - begin);
            List<Listeners.Listener> exposed = Listeners.nonLoopback(payara.processTree());
            if (!exposed.isEmpty()) {
                throw new IllegalStateException("Payara Micro listens beyond loopback: " + exposed
                        + "\n(all its listeners: " + Listeners.of(payara.processTree()) + ")");
            }
            started = true;
            return payara;
        } finally {
            if (!started) {
                payara.close();
            }
        }
    }

    private void awaitReady(List<String> readyPaths, Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        long readySeenAt = 0;
        Map<String, Integer> statuses = new LinkedHashMap<>();
        while (true) {
            if (!process.isAlive()) {
                throw failure("Payara Micro exited with status " + process.exitValue() + " before it was ready");
            }
            String text = read(log);
            for (String marker : DEPLOYMENT_FAILED) {
                if (text.contains(marker)) {
                    throw failure("Payara Micro could not deploy the WAR ('" + marker + "' in its log)");
                }
            }
            boolean allReady = true;
            for (String path : readyPaths) {
                int status = status(client, uri(path));
                statuses.put(path, status);
                allReady &= status == 200;
            }
            if (allReady) {
                return;
            }
            if (READY.matcher(text).find()) {
                // booted, but the application does not answer: give it a moment, then report
                if (readySeenAt == 0) {
                    readySeenAt = System.nanoTime();
                } else if (System.nanoTime() - readySeenAt > TimeUnit.SECONDS.toNanos(5)) {
                    throw failure("Payara Micro reports itself ready but the application answers " + statuses);
                }
            }
            if (System.nanoTime() > deadline) {
                throw failure("Payara Micro was not ready after " + timeout.toSeconds() + " s; last answers "
                        + statuses);
            }
            Thread.sleep(250);
        }
    }

    private static int status(HttpClient client, URI uri) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListeningYet) {
            return -1;
        }
    }

    private IllegalStateException failure(String message) {
        return new IllegalStateException(message + "\n--- last lines of " + log + " ---\n" + tail());
    }

    /** The URI of a path under the context root, such as {@code /jsonb/}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + contextRoot + (path.startsWith("/") ? path : "/" + path));
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** From launching the process until every readiness path answered 200. */
    public Duration startupTime() {
        return startupTime;
    }

    /** The Payara process and every process it started. */
    public List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        return tree;
    }

    /** The end of Payara's log, without colour codes. */
    public String tail() {
        try {
            List<String> lines = ANSI.matcher(read(log)).replaceAll("").lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        stop(process);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway; stopping twice is harmless
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // a stale pid file is checked against the command line before anything is killed
        }
    }

    /** SIGTERM lets Payara run its shutdown hooks; whatever still lives after the grace period is killed. */
    private static void stop(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList(); // gone from the tree once it exits
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : descendants) {
            child.destroyForcibly();
        }
    }

    /**
     * A test JVM killed with SIGKILL runs no shutdown hook and leaves its Payara behind. The pid file
     * names it; it is killed only if its command line still says it is that Payara (pids are reused).
     */
    private static void killStale(Path pidFile, Path workDir) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile).trim();
        Files.delete(pidFile);
        long pid;
        try {
            pid = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(stale -> {
            String commandLine = stale.info().commandLine().orElse("");
            if (commandLine.contains("payara-micro") && commandLine.contains(workDir.toString())) {
                System.err.println("Stopping a Payara Micro left over by an earlier run: pid " + pid);
                List<ProcessHandle> tree = new ArrayList<>(stale.descendants().toList());
                tree.add(stale);
                tree.forEach(ProcessHandle::destroyForcibly);
                tree.forEach(handle -> handle.onExit().orTimeout(30, TimeUnit.SECONDS).join());
            }
        });
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Lenient: a log cut in the middle of a character is still read. */
    private static String read(Path file) throws IOException {
        return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
