package dev.problemjaxrs.it.wildfly;

import dev.problemjaxrs.it.conformance.ServerProcess;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;

/**
 * The suite on WildFly, deployment {@code /jackson}: the Jackson provider WildFly bundles, chosen with
 * RESTEasy's {@code resteasy.preferJacksonOverJsonB} context parameter.
 */
class WildFlyJacksonIT extends WildFlySuite {

    private static URI base;

    @BeforeAll
    static void locate(ServerProcess wildFly) {
        base = wildFly.uri("/jackson/");
    }

    @Override
    protected URI baseUri() {
        return base;
    }
}
