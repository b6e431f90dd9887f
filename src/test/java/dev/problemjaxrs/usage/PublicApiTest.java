package dev.problemjaxrs.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.Problem;
import dev.problemjaxrs.ProblemException;
import dev.problemjaxrs.ProblemFeature;
import jakarta.ws.rs.core.Feature;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compiles only against the public API, from outside its package, as an application does; and pins
 * the public surface, so that a type made public by accident fails here.
 */
class PublicApiTest {

    @Test
    void anApplicationNeedsOnlyThePublicTypes() {
        Feature feature = new ProblemFeature();
        Problem problem = Problem.builder().type("https://example.com/errors#quota").title("Quota exceeded")
                .detail("You have used all 10 requests").invalidParameter(InvalidParameter.of("plan", "is free"))
                .build();
        ProblemException exception = new ProblemException(429, problem, Map.of("Retry-After", List.of("60")));
        assertTrue(feature instanceof ProblemFeature);
        assertEquals(429, exception.status());
        assertEquals(problem, exception.problem());
        assertEquals(List.of("60"), exception.headers().get("Retry-After"));
        assertEquals("dev.problemjaxrs.traceId", ProblemFeature.TRACE_ID_PROPERTY);
    }

    @Test
    void thePublicSurfaceIsFourFinalTypes() throws IOException, URISyntaxException {
        Path classes = Path.of(ProblemFeature.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> publicOutsideInternal;
        try (Stream<Path> files = Files.walk(classes.resolve("dev/problemjaxrs"))) {
            publicOutsideInternal = files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replace(".class", ""))
                    .filter(name -> !name.startsWith("dev.problemjaxrs.internal."))
                    .filter(name -> Modifier.isPublic(load(name).getModifiers()))
                    .collect(Collectors.toSet());
        }
        assertEquals(Set.of("dev.problemjaxrs.ProblemFeature", "dev.problemjaxrs.Problem",
                "dev.problemjaxrs.InvalidParameter", "dev.problemjaxrs.ProblemException"), publicOutsideInternal);
        for (Class<?> type : List.of(ProblemFeature.class, Problem.class, InvalidParameter.class,
                ProblemException.class, Problem.Builder.class)) {
            assertTrue(Modifier.isFinal(type.getModifiers()), type + " must be final");
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
