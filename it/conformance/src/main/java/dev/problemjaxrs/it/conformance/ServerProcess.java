package dev.problemjaxrs.it.conformance;

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
 * An application server as a child process of the test JVM, for the runtimes that run as a whole server
 * (Payara Micro, WildFly, Open Liberty). Everything it writes stays in one work directory under {@code target/}; its
 * output goes to a log file there, never to the build's output.
 *
 * <p>{@link #start} returns only when every readiness URI answers 200 and the process listens on nothing
 * but loopback; it fails fast, with the end of the log, when the process dies or the log shows a failed
 * deployment, and it never leaves the process running when it fails. {@link #close} stops the whole
 * process tree: SIGTERM first, SIGKILL when it does not end in time; a shutdown hook does the same if the
 * test JVM ends without closing it, and the next run kills what a killed test JVM left behind.
 */
public final class ServerProcess implements AutoCloseable {

    /**
     * How to launch one server.
     *
     * @param name            for messages, such as {@code WildFly}
     * @param command         the full command line
     * @param port            the HTTP port on 127.0.0.1 the command tells the server to use
     * @param workDir         the process's working directory, from {@link #freshWorkDir}
     * @param environment     variables added to the test JVM's environment
     * @param readyUris       all must answer 200 before the server counts as started
     * @param failureMarkers  text in the log that means a deployment failed (the server itself keeps running)
     * @param booted          a line of the log that says the server has booted, or null: a server that says
     *                        so while its application does not answer has failed (Payara Micro reports itself
     *                        ready after a failed deployment)
     * @param timeout         how long the start may take
     */
    public record Launch(String name, List<String> command, int port, Path workDir, Map<String, String> environment,
                         List<URI> readyUris, List<String> failureMarkers, Pattern booted, Duration timeout) {
    }

    /** How long the application may stay silent after the server said it booted. */
    private static final Duration AFTER_BOOT = Duration.ofSeconds(5);

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final int TAIL_LINES = 60;
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final Path pidFile;
    private final Thread shutdownHook;
    private volatile Duration startupTime;

    private ServerProcess(String name, int port, Process process, Path log, Path pidFile) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
        // the forked test JVM may end without close(): never leave the server behind
        this.shutdownHook = new Thread(() -> stop(process), name + "-stop");
    }

    /** Launches the server and waits until it is ready; never leaves it running on failure. */
    public static ServerProcess start(Launch launch) throws IOException, InterruptedException {
        Path workDir = launch.workDir().toAbsolutePath();
        Path pidFile = pidFile(workDir);
        Path log = workDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(workDir.toFile())
                .redirectErrorStream(true)
                // a file, never a pipe: nobody would drain a pipe and a full one blocks the server
                .redirectOutput(log.toFile());
        builder.environment().putAll(launch.environment());
        long begin = System.nanoTime();
        Process process = builder.start();
        ServerProcess server = new ServerProcess(launch.name(), launch.port(), process, log, pidFile);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        boolean started = false;
        try {
            // the work directory in the pid file lets the next run recognise this process
            Files.writeString(pidFile, Long.toString(process.pid()));
            server.awaitReady(launch);
            server.startupTime = Duration.ofNanos(System.nanoTime() - begin);
            List<Listeners.Listener> exposed = Listeners.nonLoopback(server.processTree());
            if (!exposed.isEmpty()) {
                throw server.failure(launch.name() + " listens beyond loopback: " + exposed
                        + "\n(all its listeners: " + Listeners.of(server.processTree()) + ")");
            }
            started = true;
            return server;
        } finally {
            if (!started) {
                server.close();
            }
        }
    }

    private void awaitReady(Launch launch) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + launch.timeout().toNanos();
        long bootedAt = 0;
        Map<URI, Integer> statuses = new LinkedHashMap<>();
        while (true) {
            if (!process.isAlive()) {
                throw failure(name + " exited with status " + process.exitValue() + " before it was ready");
            }
            String text = read(log);
            for (String marker : launch.failureMarkers()) {
                if (text.contains(marker)) {
                    throw failure(name + " could not deploy the application ('" + marker + "' in its log)");
                }
            }
            boolean allReady = true;
            for (URI uri : launch.readyUris()) {
                int status = status(client, uri);
                statuses.put(uri, status);
                allReady &= status == 200;
            }
            if (allReady) {
                return;
            }
            if (launch.booted() != null && launch.booted().matcher(text).find()) {
                if (bootedAt == 0) {
                    bootedAt = System.nanoTime();
                } else if (System.nanoTime() - bootedAt > AFTER_BOOT.toNanos()) {
                    throw failure(name + " reports itself ready but the application answers " + statuses);
                }
            }
            if (System.nanoTime() > deadline) {
                throw failure(name + " was not ready after " + launch.timeout().toSeconds() + " s; last answers "
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

    /** An exception whose message ends with the end of the server's log. */
    public IllegalStateException failure(String message) {
        return new IllegalStateException(message + "\n--- last lines of " + log + " ---\n" + tail());
    }

    /** The server's HTTP port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The URI of a path on the server, such as {@code /jsonb/}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + (path.startsWith("/") ? path : "/" + path));
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** From launching the process until every readiness URI answered 200. */
    public Duration startupTime() {
        return startupTime;
    }

    /** The server's process and every process it started. */
    public List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        return tree;
    }

    /** The end of the server's log, without colour codes. */
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

    /** SIGTERM lets the server run its shutdown hooks; whatever still lives after the grace period is killed. */
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
     * A test JVM killed with SIGKILL runs no shutdown hook and leaves its server behind. The pid file
     * names it; it is killed only if its command line still names this work directory (pids are reused).
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
            if (stale.info().commandLine().orElse("").contains(workDir.toString())) {
                System.err.println("Stopping a server left over by an earlier run: pid " + pid);
                List<ProcessHandle> tree = new ArrayList<>(stale.descendants().toList());
                tree.add(stale);
                tree.forEach(ProcessHandle::destroyForcibly);
                tree.forEach(handle -> handle.onExit().orTimeout(30, TimeUnit.SECONDS).join());
            }
        });
    }

    /** A port free on loopback right now, for a server told its ports explicitly. */
    public static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Lenient: a log cut in the middle of a character is still read. */
    public static String read(Path file) throws IOException {
        return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    }

    /**
     * The work directory for a new server, empty: a server that a killed test JVM left running in it is
     * stopped first.
     */
    public static Path freshWorkDir(Path workDir) throws IOException {
        Path dir = workDir.toAbsolutePath();
        killStale(pidFile(dir), dir);
        deleteRecursively(dir);
        return Files.createDirectories(dir);
    }

    private static Path pidFile(Path workDir) {
        return workDir.getParent().resolve(workDir.getFileName() + ".pid");
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
