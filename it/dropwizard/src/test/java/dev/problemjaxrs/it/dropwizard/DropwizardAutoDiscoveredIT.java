package dev.problemjaxrs.it.dropwizard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Dropwizard's default set-up with no registration at all: Dropwizard leaves Jersey's auto-discovery on,
 * so the jar on the class path is enough.
 */
class DropwizardAutoDiscoveredIT extends DropwizardSuite {

    @BeforeAll
    static void start() throws Exception {
        application = SecretsApplication.start("default-mappers.yml", false);
    }

    @AfterAll
    static void stop() throws Exception {
        application.stop();
    }
}
