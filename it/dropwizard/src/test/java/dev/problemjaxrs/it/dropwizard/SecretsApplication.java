package dev.problemjaxrs.it.dropwizard;

import com.codahale.metrics.health.HealthCheck;
import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.it.app.GatewayApi;
import dev.problemjaxrs.it.app.SampleApp;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.ServerLifecycleListener;
import java.net.URI;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;

/**
 * The sample API as a Dropwizard application, registered as Dropwizard users do:
 * {@code environment.jersey().register(...)} for the resources, the providers and {@link ProblemFeature}.
 */
final class SecretsApplication extends Application<Configuration> {

    private final boolean register;
    private volatile Server server;
    private volatile URI baseUri;

    /** @param register whether to register {@link ProblemFeature}; without it Jersey's auto-discovery must */
    private SecretsApplication(boolean register) {
        this.register = register;
    }

    @Override
    public void run(Configuration configuration, Environment environment) {
        SampleApp.classes().forEach(environment.jersey()::register);
        environment.jersey().register(DropwizardExtras.class);
        // service A of the two-service suite: it calls this same server with a Jakarta REST client
        environment.jersey().register(GatewayApi.class);
        SampleApp.properties().forEach(environment.jersey()::property);
        if (register) {
            environment.jersey().register(ProblemFeature.class);
        }
        environment.healthChecks().register("secrets", new HealthCheck() {
            @Override
            protected Result check() {
                return Result.healthy();
            }
        });
        environment.lifecycle().addServerLifecycleListener(new ServerLifecycleListener() {
            @Override
            public void serverStarted(Server started) {
                server = started;
                baseUri = URI.create("http://127.0.0.1:" + getLocalPort(started) + "/");
            }
        });
    }

    /** A start-up failure fails the test; Dropwizard's own handling would exit the JVM. */
    @Override
    protected void onFatalError(Throwable t) {
        throw new IllegalStateException("the application did not start", t);
    }

    /** Starts the server with the named configuration file of the test resources. */
    static SecretsApplication start(String configuration, boolean register) throws Exception {
        SecretsApplication application = new SecretsApplication(register);
        application.run("server", Path.of(System.getProperty("problemjaxrs.it.config"), configuration).toString());
        return application;
    }

    URI baseUri() {
        return baseUri;
    }

    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }
}
