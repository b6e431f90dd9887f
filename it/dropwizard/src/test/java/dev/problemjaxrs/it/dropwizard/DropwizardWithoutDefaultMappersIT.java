package dev.problemjaxrs.it.dropwizard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Dropwizard with {@code server.registerDefaultExceptionMappers: false}: only the library maps exceptions. */
class DropwizardWithoutDefaultMappersIT extends DropwizardSuite {

    @BeforeAll
    static void start() throws Exception {
        application = SecretsApplication.start("without-default-mappers.yml", true);
    }

    @AfterAll
    static void stop() throws Exception {
        application.stop();
    }
}
