package dev.problemjaxrs.it.payara;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.it.app.SampleApp;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The sample API on Payara's default JSON provider, JSON-B (Yasson), registered as Payara users do it. */
@ApplicationPath("/jsonb")
public class JsonbApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return classes();
    }

    @Override
    public Map<String, Object> getProperties() {
        return SampleApp.properties();
    }

    /** What both applications serve: the sample's resources and providers, and the library. */
    static Set<Class<?>> classes() {
        Set<Class<?>> classes = new HashSet<>(SampleApp.classes());
        classes.add(ProblemFeature.class);
        return Set.copyOf(classes);
    }
}
