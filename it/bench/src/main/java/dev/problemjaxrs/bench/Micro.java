package dev.problemjaxrs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH microbenchmarks with the GC profiler (the {@code -prof gc} of JMH's command line) and
 * prints one compact table: ns/op and bytes allocated per op. JMH's own output stays above it.
 *
 * <p>{@code Micro [--quick] <report.md>}. Any other {@code java -cp ... org.openjdk.jmh.Main} run works
 * too; this only fixes the settings and the summary.
 */
public final class Micro {

    private Micro() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        Path report = Path.of(Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst()
                .orElse("target/bench-jmh.md")).toAbsolutePath();
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("dev\\.problemjaxrs\\..*Bench\\.")
                .addProfiler(GCProfiler.class)
                .mode(org.openjdk.jmh.annotations.Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                // the Jersey servers' flags: a fixed heap keeps the GC profiler's numbers comparable
                .jvmArgs(LoadBench.jersey().jvm().toArray(String[]::new))
                .shouldFailOnError(true);
        if (quick) {
            options.forks(1).warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(500));
        } else {
            options.forks(2).warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        List<String> rows = new ArrayList<>();
        for (RunResult run : results) {
            Result<?> primary = run.getPrimaryResult();
            String name = run.getParams().getBenchmark().replace("dev.problemjaxrs.", "");
            // with too few iterations (the quick run) JMH has no error bound: print none rather than ± 0
            String error = Double.isNaN(primary.getScoreError()) ? ""
                    : String.format(Locale.ROOT, " ± %.1f", primary.getScoreError());
            rows.add(String.format(Locale.ROOT, "| %s | %.1f%s | %s |", name, primary.getScore(), error,
                    allocated(run)));
        }
        rows.sort(null);
        String table = "| benchmark | ns/op | bytes allocated/op |\n|---|--:|--:|\n" + String.join("\n", rows) + "\n";
        System.out.println();
        System.out.println(table);
        Files.createDirectories(report.getParent());
        Files.writeString(report, "## Microbenchmarks (JMH " + (quick ? "quick: 1 fork, 1×0.5 s warm-up, 2×0.5 s"
                : "full: 2 forks, 2×1 s warm-up, 3×1 s") + ", -prof gc)\n\n" + table);
        System.out.println("(written to " + report + ")");
    }

    /** The GC profiler's normalised allocation rate; its key has carried a prefix in some JMH versions. */
    @SuppressWarnings("rawtypes") // JMH's own signature: Map<String, Result>
    private static String allocated(RunResult run) {
        for (var secondary : run.getSecondaryResults().entrySet()) {
            if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                return String.format(Locale.ROOT, "%.0f", secondary.getValue().getScore());
            }
        }
        return "?";
    }
}
