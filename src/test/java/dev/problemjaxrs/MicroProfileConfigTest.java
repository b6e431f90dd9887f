package dev.problemjaxrs;

import static dev.problemjaxrs.ProblemAssert.assertProblem;

import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings kept in MicroProfile Config apply; the application's own properties win over them. */
class MicroProfileConfigTest {

    private static final String KEY = "problemjaxrs.type.gone";

    @BeforeEach
    void configure() {
        System.setProperty(KEY, "https://config.example/gone");
        release();
    }

    @AfterEach
    void clear() {
        System.clearProperty(KEY);
        release();
    }

    /** The implementation snapshots system properties when a Config is built: build a new one. */
    private static void release() {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.releaseConfig(resolver.getConfig(ProblemFeature.class.getClassLoader()));
    }

    @Test
    void aPropertyFromMicroProfileConfigApplies() {
        try (TestServer server = TestServer.start(CoreResources.application().register(ProblemFeature.class))) {
            assertProblem(server.get("/errors/status/410")).hasStatus(410).hasType("https://config.example/gone");
        }
    }

    /** Set by the build (surefire) as PROBLEMJAXRS_TITLE_LOOP_DETECTED, the way containers configure. */
    @Test
    void anEnvironmentVariableApplies() {
        try (TestServer server = TestServer.start(CoreResources.application().register(ProblemFeature.class))) {
            assertProblem(server.get("/errors/status/508")).hasStatus(508).hasTitle("Loop found");
        }
    }

    @Test
    void theApplicationsOwnPropertyWins() {
        try (TestServer server = TestServer.start(CoreResources.application().register(ProblemFeature.class)
                .addProperties(Map.of(KEY, "https://app.example/gone")))) {
            assertProblem(server.get("/errors/status/410")).hasStatus(410).hasType("https://app.example/gone");
        }
    }
}
