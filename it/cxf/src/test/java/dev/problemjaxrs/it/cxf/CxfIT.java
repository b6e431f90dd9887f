package dev.problemjaxrs.it.cxf;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import dev.problemjaxrs.it.conformance.RequestTargets;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Apache CXF 4.2 on its Jetty transport, with {@code ProblemFeature} registered as a provider. */
class CxfIT extends ConformanceSuite {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static CxfServer server;

    @BeforeAll
    static void start() {
        server = CxfServer.start().readTimeout(READ_TIMEOUT);
    }

    @Override
    protected Duration bodyReadTimeout() {
        return READ_TIMEOUT;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * Reproduced here (Jetty 12.1.11 under CXF's HTTP transport): a path whose percent-encoding decodes to
     * a NUL or to bytes that are not UTF-8 (path parameters aside) is answered by Jetty with its own HTML
     * 400, before CXF sees the request. No Jakarta REST provider can answer it.
     */
    @Override
    protected boolean containerRejects(String rawTarget, String contentType) {
        RequestTargets.DecodedPath path = RequestTargets.decodePath(rawTarget, false);
        return path.hasNul() || !path.validUtf8();
    }

    /**
     * Reproduced here (Jetty 12.1.11): CXF's transport asks the servlet request for its content type
     * ({@code AbstractHTTPDestination.setupMessage}), and Jetty's {@code ServletApiRequest.getContentType}
     * throws {@code UnsupportedCharsetException} for a charset the JVM does not know; Jetty answers with its
     * own HTML 500 before CXF has a message to hand to any provider.
     */
    @Override
    protected boolean containerFails(String contentType) {
        return RequestTargets.unsupportedCharset(contentType);
    }

    @Override
    protected URI baseUri() {
        return server.baseUri();
    }
}
