package dev.problemjaxrs.it.wildfly;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import dev.problemjaxrs.it.conformance.RequestTargets;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtendWith;

/** What both WildFly applications share: one WildFly for the test JVM and RESTEasy's servlet layer. */
@ExtendWith(WildFlyExtension.class)
abstract class WildFlySuite extends ConformanceSuite {

    /**
     * RESTEasy's servlet layer refuses a path that is not UTF-8 and an unparseable Accept or Content-Type
     * before any provider runs (see {@link RequestTargets#refusedByResteasyServlet}); Undertow renders the
     * 400 as an HTML page. An encoded NUL, dot or slash passes and reaches the library.
     */
    /**
     * Undertow's read timeout closes the connection as it fires (its read-timeout conduit), so the answer
     * to the failed read has nowhere to go.
     */
    @Override
    protected int containerAnswersStalledBodies() {
        return -1;
    }

    @Override
    protected Duration bodyReadTimeout() {
        return WildFly.READ_TIMEOUT;
    }

    @Override
    protected boolean containerRejectsRequest(String rawTarget, Function<String, String> header) {
        return RequestTargets.refusedByResteasyServlet(rawTarget, header);
    }
}
