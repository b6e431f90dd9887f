package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Field;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Properties change the documents; a bad one stops the application at startup, naming itself. */
class ConfigurationTest {

    @RegisterExtension
    final LogCapture log = new LogCapture();

    private static HttpResponse<String> getWith(Map<String, Object> properties, String path, String... headers) {
        try (TestServer server = TestServer.start(CoreResources.application().register(ProblemFeature.class)
                .addProperties(properties))) {
            return server.get(path, headers);
        }
    }

    @Test
    void theTypeBaseIsConfigurable() {
        assertProblem(getWith(Map.of("problemjaxrs.type.base", "https://api.example.com/errors"), "/nope"))
                .hasType("https://api.example.com/errors#not-found");
    }

    @Test
    void aSingleTypeCanBeOverridden() {
        HttpResponse<String> response = getWith(Map.of("problemjaxrs.type.not-found",
                "https://api.example.com/docs/missing"), "/nope");
        assertProblem(response).hasType("https://api.example.com/docs/missing");
    }

    @Test
    void theTraceHeaderCanBeRenamed() {
        HttpResponse<String> response = getWith(Map.of("problemjaxrs.trace.response-header", "X-Correlation-Id"),
                "/nope");
        assertProblem(response, "X-Correlation-Id").hasStatus(404).lacksHeader("X-Trace-Id");
    }

    @Test
    void theTraceHeaderCanBeSwitchedOff() {
        HttpResponse<String> response = getWith(Map.of("problemjaxrs.trace.response-header", "none"), "/nope");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("X-Trace-Id").isEmpty());
        assertTrue(response.body().matches(".*\"instance\":\"[0-9a-f]{32}\".*"), response.body());
    }

    @Test
    void theRequestIdHeaderIsConfigurable() {
        assertProblem(getWith(Map.of("problemjaxrs.trace.request-header", "X-Correlation-Id"), "/nope",
                "X-Correlation-Id", "4bf92f3577b34da6a3ce929d0e0e4736")).hasInstance("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void forbiddenCanBeAnsweredAsNotFoundSoExistenceDoesNotLeak() {
        Map<String, Object> on = Map.of("problemjaxrs.forbidden-as-not-found", "true");
        assertProblem(getWith(on, "/errors/forbidden")).hasStatus(404).hasSlug("not-found");
        assertProblem(getWith(on, "/errors/own-problem")).hasStatus(403)
                .hasType("https://example.com/errors/secrets#maximum-secrets-allowed");
        assertProblem(getWith(Map.of(), "/errors/forbidden")).hasStatus(403).hasSlug("forbidden");
    }

    @Test
    void aHiddenForbiddenCannotBeToldFromANotFound() {
        Map<String, Object> on = Map.of("problemjaxrs.forbidden-as-not-found", "true");
        HttpResponse<String> hidden = getWith(on, "/errors/forbidden-with-headers");
        HttpResponse<String> missing = getWith(on, "/errors/status/404");
        assertProblem(hidden).hasStatus(404).lacksHeader("X-Required-Scope").lacksHeader("WWW-Authenticate");
        assertEquals(missing.headers().map().keySet(), hidden.headers().map().keySet());
    }

    /**
     * How many lines a burst gets within one second depends on the clock, so the burst logic itself is
     * tested with a fake clock in {@code internal.ErrorLogTest}. Over HTTP only what holds at any speed:
     * the configured limit is the one the installed error log applies, and the first two failures of a
     * burst are always logged, at most one line per failure.
     */
    @Test
    void theLogBurstLimitReachesTheErrorLog() throws ReflectiveOperationException {
        ResourceConfig config = CoreResources.application().register(ProblemFeature.class)
                .property("problemjaxrs.log.burst-limit", "2");
        assertEquals(List.of(2), burstLimits(new ApplicationHandler(config)));
        assertEquals(List.of(100), burstLimits(new ApplicationHandler(
                CoreResources.application().register(ProblemFeature.class))), "the default");
        try (TestServer server = TestServer.start(CoreResources.application().register(ProblemFeature.class)
                .property("problemjaxrs.log.burst-limit", "2"))) {
            for (int i = 0; i < 6; i++) {
                assertProblem(server.get("/errors/burst")).hasStatus(500);
            }
        }
        int lines = log.at(Level.SEVERE).size();
        assertTrue(lines >= 2 && lines <= 6, () -> log.at(Level.SEVERE).toString());
    }

    /** The burst limit of every error log the installed providers hold. */
    private static List<Integer> burstLimits(ApplicationHandler application) throws ReflectiveOperationException {
        Set<Integer> limits = new TreeSet<>();
        for (Object instance : application.getConfiguration().getInstances()) {
            for (Class<?> type = instance.getClass(); type != null; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.getType().getName().equals("dev.problemjaxrs.internal.ErrorLog")) {
                        field.setAccessible(true);
                        Field limit = field.getType().getDeclaredField("burstLimit");
                        limit.setAccessible(true);
                        limits.add(limit.getInt(field.get(instance)));
                    }
                }
            }
        }
        return List.copyOf(limits);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            problemjaxrs.type.base               | not a uri
            problemjaxrs.type.base               | https://x.example/errors#frag
            problemjaxrs.type.not-found          | '  '
            problemjaxrs.invalid-parameters.max  | lots
            problemjaxrs.invalid-parameters.max  | 0
            problemjaxrs.log.burst-limit         | 0
            problemjaxrs.log.burst-limit         | 1e3
            problemjaxrs.forbidden-as-not-found  | yes
            problemjaxrs.trace.response-header   | X Trace
            problemjaxrs.typo                    | true
            problemjaxrs.type.not-founds         | https://example.com/errors#nf
            problemjaxrs.title.not-founds        | Nothing here
            problemjaxrs.detail.Not-Found        | Nothing here
            problemjaxrs.title.not-found         | ' '
            problemjaxrs.detail.wrong-verb       | ''
            problemjaxrs.trace.mdc-key           | trace id
            problemjaxrs.trace.response-header   | Content-Length
            problemjaxrs.trace.response-header   | Transfer-Encoding
            problemjaxrs.trace.response-header   | Location
            problemjaxrs.type.base               | javascript:alert(1)
            problemjaxrs.type.validation         | data:text/html,x
            problemjaxrs.trace.mdc-key           | ''
            problemjaxrs.trace.propagate         | yes
            """)
    void aBadPropertyFailsStartupNamingPropertyAndValue(String key, String value) {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> TestServer.start(
                CoreResources.application().register(ProblemFeature.class).property(key, value)).close());
        Throwable root = failure;
        while (root.getCause() != null && !(root instanceof IllegalArgumentException)) {
            root = root.getCause();
        }
        assertTrue(root instanceof IllegalArgumentException, () -> "root: " + failure);
        assertTrue(root.getMessage().contains(key + "='" + value + "'"), root.getMessage());
    }

    @ParameterizedTest
    @EnumSource(RemoteClients.class)
    void onAClientABadPropertyFailsNamingPropertyAndValue(RemoteClients kind) {
        // RESTEasy configures the feature when the client is built, Jersey on its first request
        RuntimeException failure = assertThrows(RuntimeException.class, () -> {
            jakarta.ws.rs.client.Client client = kind.withFeature(Map.of("problemjaxrs.trace.propagate", "off"));
            try {
                client.target("http://127.0.0.1:9/").request().get().close();
            } finally {
                client.close();
            }
        });
        Throwable root = failure;
        while (root.getCause() != null && !(root instanceof IllegalArgumentException)) {
            root = root.getCause();
        }
        assertTrue(String.valueOf(root.getMessage()).contains("problemjaxrs.trace.propagate='off'"),
                () -> "root: " + failure);
    }

    @Test
    void onJerseyTheJarRegistersItselfWithoutRegistration() {
        try (TestServer server = TestServer.start(CoreResources.application())) {
            assertProblem(server.get("/nope")).hasStatus(404).hasSlug("not-found");
        }
    }

    @Test
    void autoDiscoveryCanBeSwitchedOff() {
        try (TestServer server = TestServer.start(CoreResources.application()
                .property("problemjaxrs.auto-discovery", "false"))) {
            HttpResponse<String> response = server.get("/nope");
            assertEquals(404, response.statusCode());
            assertTrue(response.headers().firstValue("X-Trace-Id").isEmpty(), response.headers().map()::toString);
        }
    }

    /** Installs the library twice in one context, as two discovery paths of a runtime might. */
    public static class InstallsTwice implements Feature {
        static final List<Boolean> RESULTS = new CopyOnWriteArrayList<>();

        @Override
        public boolean configure(FeatureContext context) {
            RESULTS.add(new ProblemFeature().configure(context));
            RESULTS.add(new ProblemFeature().configure(context));
            return true;
        }
    }

    @Test
    void aSecondInstallationInTheSameApplicationDoesNothing() {
        InstallsTwice.RESULTS.clear();
        new ApplicationHandler(new ResourceConfig(CoreResources.Errors.class).register(InstallsTwice.class));
        assertEquals(List.of(true, false), InstallsTwice.RESULTS);
    }

    @Test
    void registeringTwiceInstallsOnce() {
        ResourceConfig twice = new ResourceConfig(CoreResources.Errors.class)
                .register(ProblemFeature.class).register(new ProblemFeature());
        long responseFilters = new ApplicationHandler(twice).getConfiguration().getInstances().stream()
                .filter(instance -> instance instanceof ContainerResponseFilter
                        && instance.getClass().getPackageName().equals("dev.problemjaxrs.internal")).count();
        assertEquals(1, responseFilters);
    }
}
