package dev.problemjaxrs.it.liberty;

import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.it.app.SampleApp;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The whole sample API, its classes and the library listed by the application, on Liberty's JSON-B. */
@ApplicationPath("/listed")
public class ListedApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(SampleApp.classes());
        classes.add(ProblemFeature.class);
        return Set.copyOf(classes);
    }

    @Override
    public Map<String, Object> getProperties() {
        return SampleApp.properties();
    }
}
