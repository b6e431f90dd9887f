package dev.problemjaxrs.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.Problem;
import dev.problemjaxrs.ProblemCatalog;
import dev.problemjaxrs.ProblemException;
import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.ProblemType;
import dev.problemjaxrs.RemoteProblemException;
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
    void aCallerCatchesTheOtherServicesProblemAndMatchesItsOwnCatalog() {
        ProblemCatalog.Builder define = ProblemCatalog.under("https://example.com/errors/billing");
        ProblemType outOfCredit = define.type(403, "out-of-credit", "You do not have enough credit");
        ProblemCatalog catalog = define.build();
        RemoteProblemException remote = new RemoteProblemException(403, outOfCredit.problem("Balance 30, cost 50"),
                "0af7651916cd43dd8448eb211c80319c", Map.of("retry-after", List.of("60"), "Set-Cookie", List.of("a=b")));
        assertTrue(remote.is(outOfCredit));
        assertEquals(java.util.Optional.of(outOfCredit), remote.typeIn(catalog));
        assertEquals(java.util.Optional.of("0af7651916cd43dd8448eb211c80319c"), remote.instance());
        assertEquals(Map.of("Retry-After", List.of("60")), remote.headers());
        assertTrue(remote instanceof jakarta.ws.rs.client.ResponseProcessingException);
    }

    @Test
    void thePublicSurfaceIsEightTypes() throws IOException, URISyntaxException, NoSuchMethodException {
        Set<String> publicOutsideInternal = publicTopLevelTypes().stream()
                .filter(name -> !name.startsWith("dev.problemjaxrs.internal.")).collect(Collectors.toSet());
        assertEquals(Set.of("dev.problemjaxrs.ProblemFeature", "dev.problemjaxrs.Problem",
                "dev.problemjaxrs.InvalidParameter", "dev.problemjaxrs.ProblemException",
                "dev.problemjaxrs.ProblemSource", "dev.problemjaxrs.ProblemType", "dev.problemjaxrs.ProblemCatalog",
                "dev.problemjaxrs.RemoteProblemException"),
                publicOutsideInternal);
        for (Class<?> type : List.of(ProblemFeature.class, Problem.class, InvalidParameter.class, ProblemType.class,
                ProblemCatalog.class, ProblemCatalog.Builder.class, Problem.Builder.class,
                RemoteProblemException.class)) {
            assertTrue(Modifier.isFinal(type.getModifiers()), type + " must be final");
        }
        // the one class meant to be extended, by domain exceptions: what it says can only be chosen once
        for (String accessor : List.of("status", "problem", "headers")) {
            assertTrue(Modifier.isFinal(load("dev.problemjaxrs.ProblemException").getMethod(accessor).getModifiers()));
        }
    }

    /**
     * Inside {@code internal}, a type is public only where another package of the library needs it; each
     * entry says which. A type that becomes public without being added here fails this test.
     */
    @Test
    void internalTypesArePublicOnlyWhereAnotherPackageNeedsThem() throws IOException, URISyntaxException {
        Map<String, String> needed = Map.ofEntries(
                Map.entry("internal.Installer", "ProblemFeature installs through it; jersey's auto-discovery asks it"),
                Map.entry("internal.Translation", "every integration's mappers hand over to it"),
                Map.entry("internal.TranslatingMapper", "every integration's mappers extend it"),
                Map.entry("internal.ExceptionFamily", "each integration contributes one"),
                Map.entry("internal.PendingProblem", "the integrations' families create them"),
                Map.entry("internal.ResourceModel", "jersey implements it"),
                Map.entry("internal.ProblemWriter", "Quarkus REST instantiates the @Provider from the index"),
                Map.entry("internal.trace.TraceIds", "the core and otel read and make ids"),
                Map.entry("internal.trace.TraceSource", "otel implements it"),
                Map.entry("internal.trace.RequestView", "quarkus implements it; the core's filters read through it"),
                Map.entry("internal.quarkus.QuarkusRestIntegration", "the core's ServingRuntime loads it"),
                Map.entry("internal.trace.RequestTraceIds", "the core's filters and interceptor use it"),
                Map.entry("internal.naming.JsonNames", "jackson, jsonb and validation build JSON paths; validation walks JSON names"),
                Map.entry("internal.naming.JaxRsResources",
                        "validation, jersey and the resource model read resources and their parameters"),
                Map.entry("internal.naming.Reasons", "the core, jackson and jsonb word reasons and repeat conversions"),
                Map.entry("internal.jackson.JacksonIntegration", "the core's OptionalLibraries loads it"),
                Map.entry("internal.jsonb.JsonbIntegration", "the core's OptionalLibraries loads it"),
                Map.entry("internal.validation.ValidationIntegration", "the core's OptionalLibraries loads it"),
                Map.entry("internal.jersey.JerseyIntegration",
                        "the core's OptionalLibraries and ServingRuntime load it"),
                Map.entry("internal.cxf.CxfIntegration", "the core's ServingRuntime asks it for the resource classes"),
                Map.entry("internal.dropwizard.DropwizardIntegration", "the core's OptionalLibraries loads it"),
                Map.entry("internal.jersey.ProblemAutoDiscoverable", "Jersey's service loader instantiates it"),
                Map.entry("internal.mpconfig.MicroProfileProperties", "the core's ServingRuntime loads it"),
                Map.entry("internal.otel.OpenTelemetryTraceSource", "the core's OptionalLibraries loads it"),
                Map.entry("internal.cdi.CdiBeans", "the core's ServingRuntime asks it for the resource classes"),
                Map.entry("internal.resteasy.ResteasyDeployment",
                        "the core's ServingRuntime asks it for the application's properties and resource classes"),
                Map.entry("internal.client.ClientProviders", "the core's Installer registers them on a client"),
                Map.entry("internal.client.RemoteProblemReader", "microprofile's mapper reads through it"),
                Map.entry("internal.jersey.JerseyClient", "the core's OptionalLibraries loads it"),
                Map.entry("internal.microprofile.MicroProfileRestClient", "the core's OptionalLibraries loads it"));
        Set<String> publicInternal = publicTopLevelTypes().stream()
                .filter(name -> name.startsWith("dev.problemjaxrs.internal."))
                .map(name -> name.substring("dev.problemjaxrs.".length())).collect(Collectors.toSet());
        assertEquals(new java.util.TreeSet<>(needed.keySet()), new java.util.TreeSet<>(publicInternal));
    }

    private static Set<String> publicTopLevelTypes() throws IOException, URISyntaxException {
        Path classes = Path.of(ProblemFeature.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve("dev/problemjaxrs"))) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replace(".class", ""))
                    .filter(name -> !name.endsWith("package-info"))
                    .filter(name -> Modifier.isPublic(load(name).getModifiers()))
                    .collect(Collectors.toSet());
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
