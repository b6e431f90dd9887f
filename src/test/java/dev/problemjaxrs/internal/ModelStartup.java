package dev.problemjaxrs.internal;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What the resource model read from annotations costs an application of 1,000 resource methods: 50
 * generated resource classes of 20 methods each (several methods per path, templates with and without
 * regular expressions, media types on class and method, query and header parameters, a sub-resource
 * locator per class), compiled with the JDK's compiler and loaded once. The model is read lazily, so
 * startup pays nothing; measured are the first error that needs it in this JVM (class loading and
 * reflection included: the root classes' paths and the one class the request reaches), reading every
 * other class, warm rebuilds of the whole model, and one matching. It lives in the library's test
 * sources, in the package of the package-private model it measures, and reaches it/bench through the
 * test-jar, like the JMH benchmarks.
 */
public final class ModelStartup {

    static final int CLASSES = 50;
    static final int METHODS_PER_CLASS = 20;
    private static final int WARM_ROUNDS = 20;

    private ModelStartup() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("model-startup");
        List<Class<?>> classes = compile(work);
        int methods = classes.stream().mapToInt(c -> (int) Arrays.stream(c.getDeclaredMethods())
                .filter(m -> m.getAnnotations().length > 0).count()).sum();

        // what any runtime does at its own start: read the resource classes' annotations through reflection
        long reflectionStart = System.nanoTime();
        int annotations = 0;
        for (Class<?> type : classes) {
            for (java.lang.reflect.Method method : type.getMethods()) {
                annotations += method.getAnnotations().length + method.getParameterAnnotations().length;
            }
        }
        double reflectionMs = (System.nanoTime() - reflectionStart) / 1e6;

        long start = System.nanoTime();
        AnnotatedResourceModel model = new AnnotatedResourceModel(() -> classes);
        List<String> allowed = model.allowedMethods("/r7/items/42");
        double firstMs = (System.nanoTime() - start) / 1e6;
        if (!allowed.containsAll(List.of("GET", "PUT", "DELETE"))) {
            throw new IllegalStateException("unexpected Allow: " + allowed);
        }
        long rest = System.nanoTime();
        readAll(model);
        double restMs = (System.nanoTime() - rest) / 1e6;

        double[] warm = new double[WARM_ROUNDS];
        for (int i = 0; i < WARM_ROUNDS; i++) {
            long t = System.nanoTime();
            readAll(new AnnotatedResourceModel(() -> classes));
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);

        int lookups = 100_000;
        long t = System.nanoTime();
        int found = 0;
        for (int i = 0; i < lookups; i++) {
            found += model.allowedMethods("/r" + (i % CLASSES) + "/items/" + i).size();
        }
        double perMatchUs = (System.nanoTime() - t) / 1e3 / lookups;

        String report = String.format(Locale.ROOT, """
                ## Resource model startup (AnnotatedResourceModel)

                | application | the runtime's own reading of the annotations (JDK reflection, cold) | added to startup | first error (roots and the class it reaches, cold) | reading the other %d classes (cold) | whole model, warm, median of %d | one 405 match, mean of %,d |
                |---|--:|--:|--:|--:|--:|--:|
                | %d resource classes, %d annotated methods | %.1f ms | 0 ms | %.1f ms | %.1f ms | %.1f ms | %.2f µs |
                """, CLASSES - 1, WARM_ROUNDS, lookups, classes.size(), methods, reflectionMs, firstMs, restMs,
                warm[WARM_ROUNDS / 2], perMatchUs);
        System.out.println(report + "(" + found + " methods allowed in all, " + annotations + " annotations read)");
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), report);
        }
    }

    /** A request to every resource class, so that every class of the model has been read. */
    private static void readAll(AnnotatedResourceModel model) {
        for (int c = 0; c < CLASSES; c++) {
            if (model.allowedMethods("/r" + c + "/items/1").isEmpty()) {
                throw new IllegalStateException("no resource at /r" + c);
            }
        }
    }

    /** Generates, compiles and loads the application's resource classes. */
    private static List<Class<?>> compile(Path work) throws IOException, ClassNotFoundException {
        List<Path> sources = new ArrayList<>();
        Path pkg = Files.createDirectories(work.resolve("gen"));
        for (int c = 0; c < CLASSES; c++) {
            sources.add(Files.writeString(pkg.resolve("R" + c + ".java"), source(c)));
            sources.add(Files.writeString(pkg.resolve("Sub" + c + ".java"), subSource(c)));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("run on a JDK: the benchmark compiles its application");
        }
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", work.toString(),
                "-cp", System.getProperty("java.class.path")));
        sources.forEach(s -> arguments.add(s.toString()));
        if (compiler.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the generated application does not compile");
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, ModelStartup.class.getClassLoader());
        List<Class<?>> classes = new ArrayList<>();
        for (int c = 0; c < CLASSES; c++) {
            classes.add(loader.loadClass("gen.R" + c));
        }
        return classes;
    }

    private static String source(int c) {
        StringBuilder java = new StringBuilder("""
                package gen;
                import jakarta.ws.rs.*;
                @Path("/r%d") @Produces("application/json") @Consumes("application/json")
                public class R%d {
                """.formatted(c, c));
        String[] verbs = {"GET", "PUT", "DELETE"};
        int written = 0;
        for (int m = 0; written < METHODS_PER_CLASS - 1; m++) {
            String path = m % 3 == 0 ? "items/{id: \\\\d+}" : m % 3 == 1 ? "items/{id}/part" + m : "things" + m;
            for (int v = 0; v < verbs.length && written < METHODS_PER_CLASS - 1; v++, written++) {
                java.append("""
                            @%s @Path("%s") @Produces({"application/json", "text/csv"})
                            public String m%d_%d(@QueryParam("limit") int limit, @HeaderParam("X-Page") Integer page) { return ""; }
                        """.formatted(verbs[v], path, m, v));
            }
        }
        java.append("""
                    @Path("sub/{s}") public Sub%d sub() { return new Sub%d(); }
                }
                """.formatted(c, c));
        return java.toString();
    }

    private static String subSource(int c) {
        return """
                package gen;
                import jakarta.ws.rs.*;
                public class Sub%d {
                    @GET public String get() { return ""; }
                }
                """.formatted(c);
    }
}
