package dev.problemjaxrs.it.cxf;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.it.app.SampleApp;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.validation.JAXRSBeanValidationInvoker;
import org.apache.cxf.jaxrs.validation.ValidationExceptionMapper;
import org.apache.cxf.transport.http_jetty.JettyHTTPDestination;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The sample API on CXF's embedded Jetty, bound to loopback on a free port, set up as an application that
 * embeds CXF does: on a {@code JAXRSServerFactoryBean}, the resource classes, the providers (Jackson's,
 * CXF's validation mapper, the application's and {@link ProblemFeature}) and CXF's Bean Validation invoker.
 */
final class CxfServer implements AutoCloseable {

    private final Bus bus;
    private final Server server;

    private CxfServer(Bus bus, Server server) {
        this.bus = bus;
        this.server = server;
    }

    static CxfServer start() {
        // a bus of its own: destroying the endpoint leaves Jetty listening, shutting the bus down stops it
        Bus bus = BusFactory.newInstance().createBus();
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        // port 0: Jetty picks a free port, read back from its connector below
        factory.setAddress("http://127.0.0.1:0/");
        List<Class<?>> resources = new ArrayList<>();
        List<Object> providers = new ArrayList<>(List.of(new JacksonJsonProvider(),
                new ValidationExceptionMapper(), new ProblemFeature()));
        for (Class<?> type : SampleApp.classes()) {
            if (isResource(type)) {
                resources.add(type);
            } else {
                providers.add(type);
            }
        }
        factory.setResourceClasses(resources);
        factory.setProviders(providers);
        // a body that fails half-way: without buffering CXF has sent its 200 and the start of the body when
        // the failure reaches the mappers, and appends their answer (see the README)
        factory.getProperties(true).put("org.apache.cxf.output.buffering", true);
        // CXF's validation for per-request resources (its validation feature validates singletons only)
        factory.setInvoker(new JAXRSBeanValidationInvoker());
        // the problemjaxrs.* settings, as Application properties (what a feature's configuration sees on CXF)
        factory.setApplication(new Application() {
            @Override
            public Set<Class<?>> getClasses() {
                return Set.copyOf(resources);
            }

            @Override
            public Map<String, Object> getProperties() {
                return SampleApp.properties();
            }
        });
        try {
            return new CxfServer(bus, factory.create());
        } catch (RuntimeException e) {
            bus.shutdown(true);
            throw e;
        }
    }

    /** A root resource: {@code @Path} on the class or, API-first, on an interface it implements. */
    private static boolean isResource(Class<?> type) {
        return type.isAnnotationPresent(Path.class)
                || Arrays.stream(type.getInterfaces()).anyMatch(api -> api.isAnnotationPresent(Path.class));
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + connector().getLocalPort() + "/");
    }

    /** How long Jetty waits for more bytes of a connection, a request body's included: its idle timeout. */
    CxfServer readTimeout(Duration timeout) {
        connector().setIdleTimeout(timeout.toMillis());
        return this;
    }

    private ServerConnector connector() {
        JettyHTTPDestination destination = (JettyHTTPDestination) server.getDestination();
        JettyHTTPServerEngine engine = (JettyHTTPServerEngine) destination.getEngine();
        return (ServerConnector) engine.getServer().getConnectors()[0];
    }

    @Override
    public void close() {
        server.destroy();
        bus.shutdown(true);
    }
}
