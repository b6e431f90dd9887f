package dev.problemjaxrs;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;

/** The Jakarta REST clients the client side is tested on: Jersey's and RESTEasy's, each built directly. */
enum RemoteClients {
    JERSEY {
        @Override
        ClientBuilder builder() {
            return new JerseyClientBuilder();
        }
    },
    RESTEASY {
        @Override
        ClientBuilder builder() {
            // a pool, so that a test that leaves a response open fails on its own, not the next one
            return new ResteasyClientBuilderImpl().connectionPoolSize(8);
        }
    };

    abstract ClientBuilder builder();

    /** A client with ProblemFeature, a 2 s read timeout and the given properties. */
    Client withFeature(Map<String, Object> properties) {
        ClientBuilder builder = builder().readTimeout(2, TimeUnit.SECONDS).connectTimeout(5, TimeUnit.SECONDS);
        properties.forEach(builder::property);
        return builder.register(ProblemFeature.class).build();
    }

    Client withFeature() {
        return withFeature(Map.of());
    }
}
