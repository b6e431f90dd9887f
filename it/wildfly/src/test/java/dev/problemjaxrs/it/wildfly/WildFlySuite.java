package dev.problemjaxrs.it.wildfly;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import dev.problemjaxrs.it.conformance.RequestTargets;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtendWith;

/** What both WildFly applications share: one WildFly for the test JVM and RESTEasy's servlet layer. */
@ExtendWith(WildFlyExtension.class)
abstract class WildFlySuite extends ConformanceSuite {

    /**
     * RESTEasy's servlet dispatcher builds the request's headers and UriInfo before any provider runs
     * ({@code ServletContainerDispatcher.service}, resteasy-core 6.2.15: {@code ServletUtil.extractHttpHeaders}
     * parses Accept and Content-Type at once through {@code ResteasyHttpHeaders.testParsing}, then
     * {@code extractUriInfo} decodes the path). Whatever fails there is answered {@code sendError(400)}, an
     * HTML page from Undertow, logged as RESTEASY002130: a path whose percent-encoding is not UTF-8, an
     * Accept or Content-Type that is not a media type. An encoded NUL or slash passes.
     */
    @Override
    protected boolean containerRejectsRequest(String rawTarget, Function<String, String> header) {
        return !RequestTargets.decodePath(rawTarget, true).validUtf8()
                || RequestTargets.unparseableAccept(header.apply("Accept"))
                || RequestTargets.unparseableMediaType(header.apply("Content-Type"));
    }
}
