package dev.problemjaxrs.it.liberty;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import dev.problemjaxrs.it.conformance.RequestTargets;
import dev.problemjaxrs.it.conformance.ServerProcess;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The suite on Open Liberty, application {@code /listed}: every class listed, on Liberty's JSON-B (Yasson). */
@ExtendWith(LibertyExtension.class)
class LibertyListedIT extends ConformanceSuite {

    private static final List<String> LIBERTY_REFUSES = List.of("%2e", "%2f", "%5c", "\\", "%23", "#");

    private static URI base;

    @BeforeAll
    static void locate(ServerProcess liberty) {
        base = liberty.uri(Liberty.CONTEXT_ROOT + "/listed/");
    }

    @Override
    protected URI baseUri() {
        return base;
    }

    /**
     * Liberty's web container refuses, with its own 400 page (CWWWC0005I "The request URI has invalid or
     * improperly encoded characters") and before the application is called, a path with an encoded dot,
     * slash or backslash, a backslash or a fragment character (RequestUtils.verifyEncodedCharacter), or a
     * control character once decoded, NUL among them (RequestUtils.canonicalizeURI). Then Liberty's RESTEasy
     * servlet layer refuses what it refuses on WildFly too ({@link RequestTargets#refusedByResteasyServlet}).
     * No provider can answer either.
     */
    @Override
    protected Duration bodyReadTimeout() {
        return Liberty.READ_TIMEOUT;
    }

    @Override
    protected boolean containerRejectsRequest(String rawTarget, Function<String, String> header) {
        int query = rawTarget.indexOf('?');
        String path = (query < 0 ? rawTarget : rawTarget.substring(0, query)).toLowerCase(Locale.ROOT);
        return LIBERTY_REFUSES.stream().anyMatch(path::contains)
                || RequestTargets.decodePath(rawTarget, true).hasControl()
                || RequestTargets.refusedByResteasyServlet(rawTarget, header);
    }
}
