package dev.problemjaxrs.it.dropwizard;

import dev.problemjaxrs.it.app.GatewayApi;
import dev.problemjaxrs.it.conformance.TwoServicesSuite;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The two-service suite on Dropwizard's default set-up: the gateway calls the same server with a Jersey
 * client that has {@code ProblemFeature} registered; the call leaves over HTTP and comes back as a request
 * of its own.
 */
class DropwizardTwoServicesIT extends TwoServicesSuite {

    private static SecretsApplication application;

    @BeforeAll
    static void start() throws Exception {
        application = SecretsApplication.start("default-mappers.yml", true);
    }

    @AfterAll
    static void stop() throws Exception {
        GatewayApi.close();
        application.stop();
    }

    @Override
    protected URI serviceA() {
        return application.baseUri();
    }
}
