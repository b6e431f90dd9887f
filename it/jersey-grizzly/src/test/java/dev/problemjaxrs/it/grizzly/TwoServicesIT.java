package dev.problemjaxrs.it.grizzly;

import dev.problemjaxrs.it.conformance.TwoServicesSuite;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two real services on Grizzly over loopback HTTP, A with the library's defaults, B the sample API. */
class TwoServicesIT extends TwoServicesSuite {

    private static TwoServices services;

    @BeforeAll
    static void start() {
        services = TwoServices.start(0);
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Override
    protected URI serviceA() {
        return services.a();
    }

    @Override
    protected URI serviceB() {
        return services.b();
    }

    @Override
    protected String typeBaseOfA() {
        return "https://problemjaxrs.dev/errors";
    }
}
