package dev.problemjaxrs.it.quarkus.resteasy;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import dev.problemjaxrs.it.conformance.RequestTargets;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;

/**
 * Classic RESTEasy on Quarkus with nothing but the dependency: the library and the sample API are found
 * through their jars' Jandex indexes, the settings come from application.properties.
 */
@QuarkusTest
class QuarkusResteasyTest extends ConformanceSuite {

    @TestHTTPResource("/")
    URI root;

    /**
     * Quarkus's blocking input stream under classic RESTEasy closes the connection when its read timeout
     * passes, before the read's exception reaches RESTEasy ("the underlying connection is wrecked"): the
     * library's answer has nowhere to go.
     */
    @Override
    protected int containerAnswersStalledBodies() {
        return -1;
    }

    /** {@code quarkus.http.read-timeout} of the test profile. */
    @Override
    protected Duration bodyReadTimeout() {
        return Duration.ofSeconds(2);
    }

    @Override
    protected URI baseUri() {
        return root;
    }

    /** This module's surefire run sets PROBLEMJAXRS_TITLE_LOOP_DETECTED: MicroProfile Config maps it. */
    @Override
    protected String loopTitle() {
        return "Loop found";
    }

    /**
     * Quarkus's bridge to RESTEasy (VertxRequestHandler.dispatch) builds the request's UriInfo before
     * RESTEasy runs; a path whose percent-encoding is not UTF-8 fails there and is answered with an empty
     * 400. An encoded NUL or slash passes.
     */
    @Override
    protected boolean containerRejects(String rawTarget, String contentType) {
        return !RequestTargets.decodePath(rawTarget, true).validUtf8();
    }
}
