package dev.problemjaxrs.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * CPU profiles of the servers over exactly their measured rounds ({@code -Dbench.profile=true}):
 * async-profiler is attached to each server after its warm-up and stopped after the last round, so every
 * server is sampled over the same stretch of time, the warm-up left out. It samples CPU time at a fixed
 * rate ({@code ctimer}, which needs no perf events), so samples per 1000 requests compare what a request
 * costs each server; the collapsed stacks (one line per stack, its sample count last) show where.
 *
 * <p>A flight recording started part-way through a run is no substitute: it de-optimised the servers'
 * compiled code here, and they re-warmed unevenly while it recorded. Attaching this profiler left their
 * throughput where the warm-up had brought it.
 */
final class Profiles {

    private final Path directory;
    private final Path agent;
    private final List<String> lines = new ArrayList<>();

    Profiles(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
            this.agent = extractAgent(directory);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the profiler in " + directory, e);
        }
    }

    void start(long pid) throws Exception {
        command(pid, "start,event=ctimer,interval=1ms");
    }

    /** Stops the profile of {@code pid}, writes it as {@code name.collapsed} and notes its samples per request. */
    void stop(long pid, String name, double requests) throws Exception {
        Path file = directory.resolve(name + ".collapsed");
        Files.deleteIfExists(file);
        command(pid, "stop,collapsed,file=" + file);
        long samples = 0;
        for (String line : Files.readAllLines(file)) {
            samples += Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
        }
        // the twin serves only the 200: in a run without it, it has nothing to divide by
        lines.add(String.format(Locale.ROOT, "| %s | %d | %.0f | %s |", name, samples, requests,
                requests == 0 ? "-" : String.format(Locale.ROOT, "%.2f", samples * 1000.0 / requests)));
    }

    String report() {
        return "CPU profiles of the measured rounds (async-profiler, CPU time sampled at a fixed rate; collapsed"
                + " stacks in " + directory + "):\n\n| server | samples | requests measured | samples per 1000 requests |\n"
                + "|---|--:|--:|--:|\n" + String.join("\n", lines) + "\n";
    }

    private void command(long pid, String options) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        try {
            vm.loadAgentPath(agent.toString(), options);
        } finally {
            vm.detach();
        }
    }

    /** The native agent for this machine, out of async-profiler's jar on our class path. */
    private static Path extractAgent(Path directory) throws IOException {
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            throw new IllegalStateException("bench.profile needs Linux");
        }
        String arch = System.getProperty("os.arch").equals("aarch64") ? "linux-arm64" : "linux-x64";
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith("async-profiler-")) {
                try (ZipFile jar = new ZipFile(entry)) {
                    ZipEntry library = jar.getEntry(arch + "/libasyncProfiler.so");
                    if (library == null) {
                        throw new IllegalStateException(entry + " has no " + arch + " agent");
                    }
                    Path agent = directory.resolve("libasyncProfiler.so");
                    try (InputStream in = jar.getInputStream(library)) {
                        Files.copy(in, agent, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return agent;
                }
            }
        }
        throw new IllegalStateException("async-profiler's jar is not on the class path (it/bench/target/lib)");
    }
}
