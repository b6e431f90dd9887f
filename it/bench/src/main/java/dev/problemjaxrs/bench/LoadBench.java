package dev.problemjaxrs.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load benchmark: starts each server of a {@link Setup} as a child JVM, checks that every scenario
 * gets the expected status from each, warms each up until its JIT is quiet, pins them to one core, then
 * drives them with wrk pinned to another core, interleaved (per round and scenario, every server in turn,
 * each round starting with the next server) so that drift in the machine's load hits all alike, and
 * reports the median of the rounds.
 *
 * <p>{@code LoadBench [--quick] [--setup jersey|quarkus-rest|quarkus-resteasy] <report.md>}. The Quarkus
 * setups run the fast-jars that {@code it/bench/run} builds into {@code it/bench-quarkus/target/servers}
 * (system property {@code bench.quarkus.servers}). System properties: {@code bench.warmup} and
 * {@code bench.warmup.max} (seconds per server), {@code bench.duration} (seconds per cell),
 * {@code bench.rounds}, {@code bench.forks} (fresh starts of every server, each measured for all rounds),
 * {@code bench.connections}, {@code bench.scenarios} (status codes, e.g.
 * {@code 200,500}), {@code bench.server.args} (extra flags for every server JVM, for experiments) and
 * {@code bench.profile} (true: each server's CPU profile over its measured rounds, see {@link Profiles}).
 */
public final class LoadBench {

    /** The library's server, whose every error must be a problem document. */
    static final String OURS = "problem-jaxrs";
    /** A second server running the baseline's code, measured on the 200 only: the run's resolution. */
    static final String TWIN = "none-twin";

    private static final String JSON = "application/json";
    private static final Map<String, String> ACCEPT_JSON = Map.of("Accept", JSON);

    /** A request, the status the servers answer it with, and the servers that answer otherwise. */
    record Scenario(String name, String method, String path, Map<String, String> headers, String body,
                    int status, Map<String, Integer> otherwise) {

        int expected(String variant) {
            return otherwise.getOrDefault(variant.equals(TWIN) ? "none" : variant, status);
        }
    }

    private static Scenario scenario(String name, String method, String path, Map<String, String> headers,
                                     String body, int status) {
        return new Scenario(name, method, path, headers, body, status, Map.of());
    }

    static final Scenario SUCCESS = scenario("200 success", "GET", "/items", ACCEPT_JSON, null, 200);
    static final Scenario UNMATCHED = scenario("404 unmatched", "GET", "/nothing/here", ACCEPT_JSON, null, 404);
    static final Scenario WRONG_VERB = scenario("405 wrong verb", "DELETE", "/items", ACCEPT_JSON, null, 405);
    static final Scenario MALFORMED = scenario("400 malformed JSON", "POST", "/items",
            Map.of("Accept", JSON, "Content-Type", JSON), "{\"name\":", 400);
    static final Scenario UNEXPECTED = scenario("500 unexpected", "GET", "/boom", ACCEPT_JSON, null, 500);

    /** Only the library answers a violation with 422: every runtime's own answer, and the peer's, is a 400. */
    private static Scenario validation(String... answeringWith400) {
        Map<String, Integer> otherwise = new LinkedHashMap<>();
        for (String variant : answeringWith400) {
            otherwise.put(variant, 400);
        }
        return new Scenario("422 validation", "POST", "/items", Map.of("Accept", JSON, "Content-Type", JSON),
                "{\"name\":\"\",\"quantity\":0}", 422, otherwise);
    }

    /**
     * One benchmark: its servers (the first is the baseline, every ratio's last term), the flags of their
     * JVMs, how each starts (the command after {@code java} and the flags, given the port), its scenarios
     * (the first is the 200) and the ratios the report shows, numerator first.
     */
    record Setup(String title, List<String> variants, List<String> jvm, BiFunction<String, Integer, List<String>> launch,
                 List<Scenario> scenarios, List<List<String>> ratios) {

        /** The twin serves the 200 only: its ratio to the baseline is all it is there for. */
        boolean measures(String variant, Scenario scenario) {
            return !variant.equals(TWIN) || scenario == scenarios.get(0);
        }
    }

    /**
     * Jersey 3.1 on Grizzly: without the library, with the cheapest honest hand-written floor, with the
     * library. Jersey's own mappers are nearer to Jackson's and Bean Validation's exceptions than the
     * floor's, so without the library those two scenarios get Jersey's answers.
     */
    static Setup jersey() {
        return new Setup("Jersey 3.1 on Grizzly", List.of("none", TWIN, "floor", OURS),
                List.of("-Xms256m", "-Xmx256m", "-XX:+UseParallelGC"),
                (variant, port) -> List.of("-cp", classPath(variant), BenchServer.class.getName(),
                        variant.equals(TWIN) ? "none" : variant, Integer.toString(port)),
                List.of(SUCCESS, UNMATCHED, WRONG_VERB,
                        scenario("406 Accept", "GET", "/items", Map.of("Accept", "application/xml"), null, 406),
                        scenario("415 Content-Type", "POST", "/items",
                                Map.of("Accept", JSON, "Content-Type", "text/plain"), "x", 415),
                        MALFORMED, validation("none", "floor"), UNEXPECTED,
                        scenario("409 bodiless", "GET", "/conflict", ACCEPT_JSON, null, 409)),
                List.of(List.of(OURS, "none"), List.of(OURS, "floor")));
    }

    /**
     * The same API as a Quarkus fast-jar on Quarkus REST or classic RESTEasy: without an error library,
     * with this one, and with quarkus-resteasy-problem (the peer), each built by {@code it/bench/run}.
     * One core's worth of JVM, as in a container with one CPU.
     */
    static Setup quarkus(String stack) {
        Path servers = Path.of(System.getProperty("bench.quarkus.servers", "it/bench-quarkus/target/servers"))
                .toAbsolutePath();
        return new Setup("Quarkus 3.27, " + (stack.equals("rest") ? "Quarkus REST" : "classic RESTEasy")
                + ", Jackson", List.of("none", TWIN, OURS, "peer"),
                List.of("-Xms256m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1"),
                (variant, port) -> {
                    Path jar = servers.resolve(stack + "-" + (variant.equals(TWIN) ? "none" : variant))
                            .resolve("quarkus-run.jar");
                    if (!Files.isRegularFile(jar)) {
                        throw new IllegalStateException(jar + " is missing: build it with it/bench/run");
                    }
                    return List.of("-Dquarkus.http.port=" + port, "-jar", jar.toString());
                },
                List.of(SUCCESS, UNMATCHED, WRONG_VERB, MALFORMED, validation("none", "peer"), UNEXPECTED),
                List.of(List.of(OURS, "none"), List.of(OURS, "peer"), List.of("peer", "none")));
    }

    /** One wrk run. */
    record Sample(double requestsPerSecond, double p99Millis) {
    }

    private static final List<Process> CHILDREN = new CopyOnWriteArrayList<>();
    private static final Map<Long, String> VARIANT_OF = new ConcurrentHashMap<>();
    /** Set by the shutdown hook: failures of the work it interrupts are expected then, not reported. */
    private static volatile boolean stopping;

    private final Setup setup;
    private final boolean quick;
    /** Warm-up per server: at least this long, then until the JIT is quiet, at most the maximum. */
    private final int warmupSeconds;
    private final int warmupMaxSeconds;
    /** How long each server's warm-up took (its longest, over the forks), for the report. */
    private final Map<String, Integer> warmedFor = new LinkedHashMap<>();
    private final int seconds;
    private final int rounds;
    /** How many times every server is started afresh, each time warmed up and measured for all rounds. */
    private final int forks;
    private final int connections;
    private final List<Scenario> scenarios;
    /** Extra flags for every server JVM alike, for experiments (for example a logging configuration). */
    private final List<String> serverArgs;
    private final Path work;
    /** The core the servers are measured on, null when the machine cannot pin. */
    private final String serverCore;
    private final List<String> clientCpu;
    /** The servers' CPU profiles over the measured rounds, or null when not asked for. */
    private final Profiles profiles;
    /** Anything the reader of the numbers should know, such as timeouts. */
    private final List<String> notes = new ArrayList<>();

    private LoadBench(Setup setup, boolean quick, Path work) {
        this.setup = setup;
        this.quick = quick;
        this.warmupSeconds = Integer.getInteger("bench.warmup", quick ? 10 : 30);
        this.warmupMaxSeconds = Math.max(warmupSeconds, Integer.getInteger("bench.warmup.max", quick ? 10 : 90));
        // many short rounds rather than a few long ones: the median of per-round ratios then shrugs off
        // the cells that a noisy neighbour or a GC hit
        this.seconds = Integer.getInteger("bench.duration", 1);
        this.rounds = Integer.getInteger("bench.rounds", quick ? 2 : 12);
        // one JVM differs from another of the same code by a few percent for as long as it lives (what the
        // JIT chose, where its memory fell): only fresh JVMs average that out, more rounds do not
        this.forks = Integer.getInteger("bench.forks", 1);
        if (forks < 1 || rounds < 1) {
            throw new IllegalArgumentException("bench.forks and bench.rounds must be at least 1");
        }
        this.connections = Integer.getInteger("bench.connections", 8);
        this.scenarios = select(setup.scenarios(), System.getProperty("bench.scenarios", ""));
        String extra = System.getProperty("bench.server.args", "").trim();
        this.serverArgs = extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
        this.work = work;
        // server on core 0, wrk on core 1: they must not steal each other's time slices
        boolean pin = Runtime.getRuntime().availableProcessors() >= 2 && onPath("taskset");
        this.serverCore = pin ? "0" : null;
        this.profiles = Boolean.getBoolean("bench.profile") ? new Profiles(work.resolve("profiles")) : null;
        this.clientCpu = pin ? List.of("taskset", "-c", "1") : List.of();
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        boolean quick = arguments.contains("--quick");
        int named = arguments.indexOf("--setup");
        String name = named >= 0 && named + 1 < args.length ? args[named + 1] : "jersey";
        Setup setup = switch (name) {
            case "jersey" -> jersey();
            case "quarkus-rest" -> quarkus("rest");
            case "quarkus-resteasy" -> quarkus("resteasy");
            default -> throw new IllegalArgumentException("unknown setup " + name
                    + "; known: jersey, quarkus-rest, quarkus-resteasy");
        };
        Path report = Path.of(arguments.stream().filter(a -> !a.startsWith("--") && !a.equals(name)).findFirst()
                .orElse("target/bench-load.md")).toAbsolutePath();
        Files.createDirectories(report.getParent());
        // Ctrl-C, a failure or a normal end: every server we started goes, with its process tree
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            stopAll();
        }, "bench-stop-servers"));
        try {
            String markdown = new LoadBench(setup, quick, report.getParent()).run();
            Files.writeString(report, markdown);
            System.out.println("(written to " + report + ")");
        } catch (Exception e) {
            if (!stopping) {
                throw e;
            }
        } finally {
            stopAll();
        }
    }

    private String run() throws Exception {
        if (!onPath("wrk")) {
            throw new IllegalStateException("wrk is not installed (apt-get install -y wrk)");
        }
        if (serverCore == null) {
            System.out.println("WARNING: fewer than 2 cores or no taskset: server and wrk are not pinned");
        }
        String answers = null;
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (int fork = 1; fork <= forks; fork++) {
            if (forks > 1) {
                System.out.printf("fork %d/%d: fresh servers%n", fork, forks);
            }
            Map<String, URI> servers = new LinkedHashMap<>();
            for (String variant : setup.variants()) {
                servers.put(variant, start(variant));
            }
            String answered = verify(servers);
            answers = answers == null ? answered : answers;
            Map<Scenario, Path> scripts = writeScripts();

            Path mixed = writeMixedScript();
            for (String variant : setup.variants()) {
                warmUp(variant, servers.get(variant), mixed);
            }
            if (serverCore != null) {
                for (String variant : setup.variants()) {
                    pin(variant);
                }
            }
            if (profiles != null) {
                for (String variant : setup.variants()) {
                    profiles.start(serverProcess(variant).pid());
                }
            }
            Map<String, Double> served = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                System.out.printf("round %d/%d (%d s per cell)%n", round, rounds, seconds);
                for (Scenario scenario : scenarios) {
                    for (String variant : inTurn(setup.variants(), round)) {
                        if (!setup.measures(variant, scenario)) {
                            continue;
                        }
                        Sample sample = wrk(servers.get(variant), scenario, scripts.get(scenario), seconds, variant);
                        samples.computeIfAbsent(scenario.name() + "|" + variant, k -> new ArrayList<>()).add(sample);
                        served.merge(variant, sample.requestsPerSecond() * seconds, Double::sum);
                    }
                }
            }
            if (profiles != null) {
                for (String variant : setup.variants()) {
                    profiles.stop(serverProcess(variant).pid(), variant + (forks > 1 ? "-start" + fork : ""),
                            served.getOrDefault(variant, 0.0));
                }
            }
            stopAll();
        }
        String table = table(samples) + resolution(samples);
        System.out.println();
        System.out.println(table);
        return "## Load benchmark (" + (quick ? "quick" : "full") + ")\n\n"
                + setup.title() + ", one JVM per server (" + String.join(" ", setup.jvm()) + ")"
                + (serverCore == null ? ", not pinned" : ", servers pinned to core 0, wrk to core 1")
                + (serverArgs.isEmpty() ? "" : ", extra server flags " + String.join(" ", serverArgs))
                + "; wrk with 1 thread and " + connections + " connections; warm-up on both cores with all"
                + " scenarios mixed until the JIT was quiet (" + warmedFor.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " s").collect(Collectors.joining(", "))
                + "), then " + rounds
                + " interleaved round(s), each starting with the next server, of " + seconds + " s per cell"
                + (forks > 1 ? ", in each of " + forks + " fresh starts of every server" : "")
                + "; requests/s and p99 are the medians of the rounds, each ratio the median of the"
                + " per-round ratios with their range.\n\n" + table + "\n"
                + (profiles == null ? "" : profiles.report() + "\n")
                + (notes.isEmpty() ? "" : "Notes:\n\n- " + String.join("\n- ", notes) + "\n\n")
                + "What each server answered before the measurement (status, Content-Type):\n\n" + answers + "\n";
    }

    /**
     * The scenarios named by {@code bench.scenarios}, a comma-separated list of their status codes (for
     * example {@code 200,500}); all of them when empty. An unknown code fails, rather than measure nothing.
     */
    static List<Scenario> select(List<Scenario> all, String codes) {
        if (codes.isBlank()) {
            return all;
        }
        List<Scenario> chosen = new ArrayList<>();
        for (String code : codes.split(",")) {
            String wanted = code.trim() + " ";
            Scenario match = all.stream().filter(s -> s.name().startsWith(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("bench.scenarios: no scenario " + code.trim()
                            + "; known: " + all.stream().map(s -> s.name().split(" ")[0])
                            .collect(Collectors.joining(","))));
            chosen.add(match);
        }
        return List.copyOf(chosen);
    }

    // --- servers -------------------------------------------------------------------------------------

    private URI start(String variant) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(setup.jvm());
        command.addAll(serverArgs);
        command.addAll(setup.launch().apply(variant, port));
        Path log = log(variant);
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        // The servers' logs (the runtime's and ours for every 500) go to a real file: writing them is part of
        // the cost. Appending, so that trimLog can cut the file while the server writes.
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        CHILDREN.add(process);
        VARIANT_OF.put(process.pid(), variant);
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server " + variant + " exited with " + process.exitValue()
                        + "; its log " + log + " ends with:\n" + tail(log));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(base.resolve("/items")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    System.out.printf("server %-13s pid %d on %s (log %s)%n", variant, process.pid(), base, log);
                    return base;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("server " + variant + " did not answer in 60 s; log " + log);
            }
            Thread.sleep(200);
        }
    }

    /**
     * The JIT needs about a minute of load, and about as much CPU time, before a server settles; on the
     * one core the server is measured on it would take several, and the compiler threads would still be
     * at work in the measured rounds, against whichever server was warmed least. So each server warms
     * up alone, unpinned, with every scenario in one mix (the same mix for all three), in 5 s slices
     * until its JIT is quiet: less than {@link #JIT_QUIET} of a slice spent compiling, two slices in a
     * row (read with the JDK's {@code jstat}). At least {@code bench.warmup}, at most {@code bench.warmup.max} seconds; the
     * throughput and compile time of each slice are printed.
     */
    private void warmUp(String variant, URI server, Path mixed) throws Exception {
        long pid = serverProcess(variant).pid();
        List<String> slices = new ArrayList<>();
        double jit = jitSeconds(pid);
        // C2 compiles in waves: one quiet slice can be a pause between two, so two in a row are needed
        int quietSlices = 0;
        boolean quiet = false;
        int elapsed = 0;
        while (elapsed < warmupMaxSeconds && (elapsed < warmupSeconds || !quiet)) {
            int slice = Math.min(5, warmupMaxSeconds - elapsed);
            List<String> command = new ArrayList<>(clientCpu);
            command.addAll(List.of("wrk", "-t1", "-c" + connections, "-d" + slice + "s", "-s", mixed.toString(),
                    server.toString()));
            String output = runWrk(command, slice, variant + " warm-up");
            requireNoBrokenConnections(output, variant + " warm-up");
            double compiled = jitSeconds(pid) - jit;
            jit += compiled;
            quietSlices = compiled < JIT_QUIET * slice ? quietSlices + 1 : 0;
            quiet = quietSlices >= 2;
            slices.add(Math.round(Double.parseDouble(find(RPS, output, variant + " warm-up").group(1)))
                    + String.format(Locale.ROOT, " (%.1f)", compiled));
            elapsed += slice;
            trimLog(variant);
        }
        warmedFor.merge(variant, elapsed, Math::max);
        System.out.printf("warm-up %-13s %d s%s; req/s (JIT seconds) per 5 s: %s%n", variant, elapsed,
                quiet ? "" : ", JIT NOT quiet", String.join(", ", slices));
        if (!quiet) {
            notes.add("the JIT of " + variant + " was still compiling after " + elapsed + " s of warm-up: "
                    + String.join(", ", slices));
        }
    }

    /** The share of a warm-up slice's time below which the JIT counts as done. */
    private static final double JIT_QUIET = 0.05;

    /** The JIT's cumulative compile time in a server, from the JDK's {@code jstat -compiler}. */
    private static double jitSeconds(long pid) throws Exception {
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        Process process = new ProcessBuilder(jstat.toString(), "-compiler", Long.toString(pid))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jstat failed for pid " + pid + " (a JDK, not a JRE, is needed):\n"
                    + output);
        }
        // "Compiled Failed Invalid   Time   FailedType FailedMethod" and one line of values
        String[] lines = output.strip().split("\n");
        List<String> header = List.of(lines[0].trim().split("\\s+"));
        String[] values = lines[lines.length - 1].trim().split("\\s+");
        int time = header.indexOf("Time");
        if (time < 0 || values.length <= time) {
            throw new IllegalStateException("cannot read jstat's output:\n" + output);
        }
        return Double.parseDouble(values[time]);
    }

    private static Process serverProcess(String variant) {
        return CHILDREN.stream().filter(p -> variant.equals(VARIANT_OF.get(p.pid()))).findFirst().orElseThrow();
    }

    /** Every thread of the server, present and future (new threads inherit it), onto the server core. */
    private void pin(String variant) throws Exception {
        Process server = serverProcess(variant);
        List<String> command = new ArrayList<>(List.of("taskset", "-a", "-p", "-c"));
        command.add(serverCore);
        command.add(Long.toString(server.pid()));
        Process taskset = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(taskset.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!taskset.waitFor(10, TimeUnit.SECONDS) || taskset.exitValue() != 0) {
            throw new IllegalStateException("cannot pin server " + variant + ": " + output);
        }
    }

    private Path log(String variant) {
        return work.resolve("bench-logs").resolve(variant + ".log");
    }

    /**
     * Jersey's default logs a full stack for every 500 (about 5 KB a request), which would fill the disk
     * with hundreds of MB in a full run: past 50 MB the file is emptied (the server appends, so it keeps
     * writing at the new end).
     */
    private void trimLog(String variant) throws IOException {
        Path log = log(variant);
        if (Files.size(log) > 50L << 20) {
            try (var channel = Files.newByteChannel(log, java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(0);
            }
        }
    }

    /**
     * Our own class path, less the library's jar for the servers that must run without it, and less the
     * RESTEasy jars the microbenchmarks of the other runtimes need: they bring a second
     * {@code RuntimeDelegate} service, and a Jersey server would build RESTEasy's responses if it were found
     * first. The profiler's jar stays with the launcher, which attaches it.
     */
    private static String classPath(String variant) {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        List<String> kept = new ArrayList<>();
        for (String entry : entries) {
            String name = Path.of(entry).getFileName().toString();
            boolean library = name.startsWith("problem-jaxrs-");
            if ((!library || variant.equals("problem-jaxrs")) && !name.startsWith("resteasy-")
                    && !name.startsWith("async-profiler-")) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }

    /** Stops every child and its descendants: SIGTERM first (shutdown hooks close the port), then SIGKILL. */
    static void stopAll() {
        for (Process process : CHILDREN) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : CHILDREN) {
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            CHILDREN.remove(process);
        }
    }

    // --- verification --------------------------------------------------------------------------------

    /**
     * Every server must answer every scenario as expected before anything is measured: a misrouted
     * scenario (a typo in a path, a missing provider) would otherwise produce a plausible but fake number.
     */
    private String verify(Map<String, URI> servers) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        StringBuilder table = new StringBuilder("| scenario | " + String.join(" | ", setup.variants()) + " |\n|---|"
                + "---|".repeat(setup.variants().size()) + "\n");
        List<String> failures = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            table.append("| ").append(scenario.name());
            for (String variant : setup.variants()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(servers.get(variant).resolve(scenario.path()))
                        .method(scenario.method(), scenario.body() == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(scenario.body()));
                scenario.headers().forEach(request::header);
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String type = response.headers().firstValue("Content-Type").orElse("-");
                table.append(" | ").append(response.statusCode()).append(' ').append(type);
                if (response.statusCode() != scenario.expected(variant)) {
                    failures.add(variant + " answered " + scenario.name() + " with " + response.statusCode()
                            + ", expected " + scenario.expected(variant) + ": " + response.body());
                }
                if (variant.equals(OURS) && response.statusCode() >= 400
                        && !type.startsWith("application/problem+json")) {
                    failures.add("problem-jaxrs answered " + scenario.name() + " with Content-Type " + type);
                }
            }
            table.append(" |\n");
        }
        System.out.println("\nanswers before measuring:\n" + table);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("scenarios not answered as expected:\n  " + String.join("\n  ", failures));
        }
        return table.toString();
    }

    // --- wrk -----------------------------------------------------------------------------------------

    /** One Lua script per scenario, generated from the same table the verification used. */
    private Map<Scenario, Path> writeScripts() throws IOException {
        Path dir = work.resolve("wrk");
        Files.createDirectories(dir);
        Map<Scenario, Path> scripts = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            // set at load time, wrk formats the request once and resends the same bytes: no Lua per request
            StringBuilder lua = new StringBuilder("-- generated by LoadBench: " + scenario.name() + "\n")
                    .append("wrk.method = ").append(lua(scenario.method())).append('\n')
                    .append("wrk.path = ").append(lua(scenario.path())).append('\n');
            scenario.headers().forEach((name, value) ->
                    lua.append("wrk.headers[").append(lua(name)).append("] = ").append(lua(value)).append('\n'));
            if (scenario.body() != null) {
                lua.append("wrk.body = ").append(lua(scenario.body())).append('\n');
            }
            Path file = dir.resolve(scenario.name().replaceAll("[^A-Za-z0-9]+", "-") + ".lua");
            Files.writeString(file, lua);
            scripts.put(scenario, file);
        }
        return scripts;
    }

    /**
     * The warm-up mix: every selected scenario in turn on each connection. The requests are formatted
     * once in init(); request() only picks the next one.
     */
    private Path writeMixedScript() throws IOException {
        StringBuilder lua = new StringBuilder("-- generated by LoadBench: warm-up, all scenarios in turn\n")
                .append("local requests = {}\nlocal next = 0\nfunction init(args)\n");
        for (Scenario scenario : scenarios) {
            lua.append("  requests[#requests + 1] = wrk.format(").append(lua(scenario.method())).append(", ")
                    .append(lua(scenario.path())).append(", {");
            scenario.headers().forEach((name, value) ->
                    lua.append('[').append(lua(name)).append("] = ").append(lua(value)).append(", "));
            lua.append("}").append(scenario.body() == null ? "" : ", " + lua(scenario.body())).append(")\n");
        }
        lua.append("end\nfunction request()\n  next = next % #requests + 1\n  return requests[next]\nend\n");
        Path file = work.resolve("wrk").resolve("warm-up-mix.lua");
        Files.writeString(file, lua);
        return file;
    }

    private static String lua(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Sample wrk(URI server, Scenario scenario, Path script, int duration, String variant) throws Exception {
        trimLog(variant);
        String label = variant + " " + scenario.name();
        List<String> command = new ArrayList<>(clientCpu);
        command.addAll(List.of("wrk", "-t1", "-c" + connections, "-d" + duration + "s", "--latency",
                "-s", script.toString(), server.toString()));
        String output = runWrk(command, duration, label);
        // wrk counts the answers that were not 2xx: all of them for an error scenario, none for the 200
        long total = Long.parseLong(find(TOTAL, output, label).group(1));
        Matcher non2xx = NON_2XX.matcher(output);
        long errors = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        boolean success = scenario.expected(variant) < 400;
        if (total == 0 || errors != (success ? 0 : total)) {
            throw new IllegalStateException("unexpected wrk result for " + label
                    + " (" + total + " requests, " + errors + " non-2xx):\n" + output);
        }
        long timeouts = requireNoBrokenConnections(output, label);
        if (timeouts > 0) {
            String note = label + ": " + timeouts + " requests timed out (> 2 s)";
            System.out.println("NOTE " + note);
            notes.add(note);
        }
        double rps = Double.parseDouble(find(RPS, output, label).group(1));
        Matcher p99 = find(P99, output, label);
        double value = Double.parseDouble(p99.group(1));
        double millis = switch (p99.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        return new Sample(rps, millis);
    }

    private static String runWrk(List<String> command, int duration, String label) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CHILDREN.add(process);
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(duration + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("wrk failed for " + label + ":\n" + output);
            }
            return output;
        } finally {
            CHILDREN.remove(process);
            process.destroyForcibly();
        }
    }

    /**
     * A read, write or connect error means a server closed connections (each request would then pay a
     * new one): not a number to report. A timeout is a stall (GC, a busy machine): returned, to be noted.
     */
    private static long requireNoBrokenConnections(String output, String label) {
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (!socket.find()) {
            return 0;
        }
        long broken = Long.parseLong(socket.group(1)) + Long.parseLong(socket.group(2))
                + Long.parseLong(socket.group(3));
        if (broken > 0) {
            throw new IllegalStateException("connections failed during " + label + ":\n" + output);
        }
        return Long.parseLong(socket.group(4));
    }

    private static Matcher find(Pattern pattern, String output, String label) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("cannot read wrk's output for " + label + ":\n" + output);
        }
        return matcher;
    }

    // --- report --------------------------------------------------------------------------------------

    /**
     * Requests/s and p99 are the medians of the rounds. Each ratio is the median of the per-round ratios
     * (a round measures the servers back to back, so drift of the machine cancels in each), with their
     * range: a range that straddles a target says the run could not tell.
     */
    private String table(Map<String, List<Sample>> samples) {
        List<String> shown = setup.variants().stream().filter(v -> !v.equals(TWIN)).collect(Collectors.toList());
        StringBuilder out = new StringBuilder("| scenario");
        shown.forEach(v -> out.append(" | ").append(v).append(" req/s"));
        shown.forEach(v -> out.append(" | ").append(v).append(" p99 ms"));
        setup.ratios().forEach(r -> out.append(" | ").append(r.get(0)).append('/').append(r.get(1)).append(" (range)"));
        out.append(" |\n|---").append("|--:".repeat(2 * shown.size() + setup.ratios().size())).append("|\n");
        for (Scenario scenario : scenarios) {
            out.append("| ").append(scenario.name());
            for (String variant : shown) {
                out.append(String.format(Locale.ROOT, " | %.0f",
                        median(samples.get(scenario.name() + "|" + variant), Sample::requestsPerSecond)));
            }
            for (String variant : shown) {
                out.append(String.format(Locale.ROOT, " | %.2f",
                        median(samples.get(scenario.name() + "|" + variant), Sample::p99Millis)));
            }
            for (List<String> r : setup.ratios()) {
                out.append(" | ").append(ratio(samples.get(scenario.name() + "|" + r.get(0)),
                        samples.get(scenario.name() + "|" + r.get(1))));
            }
            out.append(" |\n");
        }
        return out.toString();
    }

    /**
     * The twin runs the baseline's code in a JVM of its own: how far their ratio strays from 1 is what this
     * run can resolve, and a ratio of ours that differs from 1 by less than that is noise, not the library.
     */
    private String resolution(Map<String, List<Sample>> samples) {
        Scenario success = setup.scenarios().get(0);
        if (!scenarios.contains(success)) {
            return "";
        }
        return "\nResolution of this run: " + TWIN + "/none on " + success.name() + ", two servers running the same"
                + " code, came out at " + ratio(samples.get(success.name() + "|" + TWIN),
                samples.get(success.name() + "|none")) + ": differences of that size are this run's noise, not"
                + " the code.\n" + perStart(samples, success);
    }

    /**
     * With several starts, each ratio of the 200 per start (the median of that start's rounds): how much one
     * JVM differs from another for as long as both live, which no number of rounds in one start shows.
     */
    private String perStart(Map<String, List<Sample>> samples, Scenario success) {
        if (forks < 2) {
            return "";
        }
        List<List<String>> pairs = new ArrayList<>(setup.ratios());
        pairs.add(List.of(TWIN, "none"));
        StringBuilder out = new StringBuilder("\nThe 200 per fresh start of the servers (median of its rounds):\n\n");
        for (List<String> pair : pairs) {
            List<Sample> numerator = samples.get(success.name() + "|" + pair.get(0));
            List<Sample> denominator = samples.get(success.name() + "|" + pair.get(1));
            List<String> perFork = new ArrayList<>();
            for (int fork = 0; fork < forks; fork++) {
                List<Double> perRound = new ArrayList<>();
                for (int i = fork * rounds; i < (fork + 1) * rounds; i++) {
                    perRound.add(numerator.get(i).requestsPerSecond() / denominator.get(i).requestsPerSecond());
                }
                perFork.add(String.format(Locale.ROOT, "%.2f", median(perRound)));
            }
            out.append("- ").append(pair.get(0)).append('/').append(pair.get(1)).append(": ")
                    .append(String.join(", ", perFork)).append('\n');
        }
        return out.toString();
    }

    private static String ratio(List<Sample> numerator, List<Sample> denominator) {
        List<Double> perRound = new ArrayList<>();
        for (int i = 0; i < numerator.size(); i++) {
            perRound.add(numerator.get(i).requestsPerSecond() / denominator.get(i).requestsPerSecond());
        }
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median(perRound),
                perRound.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                perRound.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    private static double median(List<Sample> cell, ToDoubleFunction<Sample> value) {
        return median(cell.stream().map(value::applyAsDouble).collect(Collectors.toList()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().collect(Collectors.toList());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The servers in the order a round measures them: each round starts one further along, so no server
     * always follows the same neighbour or takes the same place, where a periodic disturbance of the
     * machine or a server's wake from idle would favour one.
     */
    static List<String> inTurn(List<String> variants, int round) {
        int first = Math.floorMod(round - 1, variants.size());
        List<String> order = new ArrayList<>(variants.subList(first, variants.size()));
        order.addAll(variants.subList(0, first));
        return order;
    }

}
