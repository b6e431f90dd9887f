package dev.problemjaxrs.it.wildfly;

import dev.problemjaxrs.it.conformance.ServerProcess;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;

/** The suite on WildFly, deployment {@code /jsonb}: WildFly's default JSON-B (Yasson). */
class WildFlyJsonbIT extends WildFlySuite {

    private static URI base;

    @BeforeAll
    static void locate(ServerProcess wildFly) {
        base = wildFly.uri("/jsonb/");
    }

    @Override
    protected URI baseUri() {
        return base;
    }
}
