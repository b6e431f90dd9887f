package dev.problemjaxrs.it.dropwizard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Dropwizard's default set-up, its own exception mappers registered: the library's must win over each. */
class DropwizardDefaultMappersIT extends DropwizardSuite {

    @BeforeAll
    static void start() throws Exception {
        application = SecretsApplication.start("default-mappers.yml", true);
    }

    @AfterAll
    static void stop() throws Exception {
        application.stop();
    }
}
