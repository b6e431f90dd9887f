package dev.problemjaxrs.it.tomcat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.it.app.SampleApp;
import dev.problemjaxrs.it.conformance.ConformanceSuite;
import dev.problemjaxrs.it.conformance.RequestTargets;
import java.net.URI;
import java.time.Duration;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Jersey's servlet in embedded Tomcat 10.1, registered as servlet users do, with no container setting:
 * Jersey would hand bodiless errors to {@code sendError} and Tomcat would render its HTML page; every
 * error here must still be a problem document.
 */
class TomcatIT extends ConformanceSuite {

    private static Tomcat tomcat;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static Connector connector;

    @BeforeAll
    static void start() throws LifecycleException {
        tomcat = new Tomcat();
        tomcat.setBaseDir("target/tomcat");
        connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        // how long a read of the request waits for more bytes, the body's too (disableUploadTimeout is true)
        connector.setProperty("connectionTimeout", Long.toString(READ_TIMEOUT.toMillis()));
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", null);
        ResourceConfig application = new ResourceConfig().registerClasses(SampleApp.classes())
                .addProperties(SampleApp.properties()).register(ProblemFeature.class);
        Wrapper servlet = Tomcat.addServlet(context, "api", new ServletContainer(application));
        // as an application's web.xml declares it: the sample API has asynchronous resources
        servlet.setAsyncSupported(true);
        // start Jersey with the context, so a configuration error fails here rather than on a request
        servlet.setLoadOnStartup(1);
        ((StandardContext) context).setFailCtxIfServletStartFails(true);
        context.addServletMappingDecoded("/*", "api");
        tomcat.start();
        assertTrue(context.getState().isAvailable(), "the application did not start");
    }

    @AfterAll
    static void stop() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }

    /**
     * Tomcat refuses, with its own HTML 400 and before the servlet is called, a path whose percent-encoding
     * decodes to a slash, a NUL or bytes that are not UTF-8. Jersey's servlet layer parses Content-Type
     * before the application sees the request and answers an unparseable one with {@code sendError(400)}.
     * No Jakarta REST provider can answer either.
     */
    @Override
    protected boolean containerRejects(String rawTarget, String contentType) {
        RequestTargets.DecodedPath path = RequestTargets.decodePath(rawTarget, false);
        return RequestTargets.unparseableMediaType(contentType) || path.hasNul() || path.hasSlash()
                || !path.validUtf8();
    }

    /**
     * Tomcat's connector answers a body read that timed out itself: its {@code InputBuffer} calls
     * {@code sendError(408)} before the read's exception reaches Jersey, and the response Jersey then writes
     * is dropped for Tomcat's HTML 408 page. No Jakarta REST provider can answer it.
     */
    @Override
    protected int containerAnswersStalledBodies() {
        return 408;
    }

    @Override
    protected Duration bodyReadTimeout() {
        return READ_TIMEOUT;
    }

    @Override
    protected URI baseUri() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }
}
