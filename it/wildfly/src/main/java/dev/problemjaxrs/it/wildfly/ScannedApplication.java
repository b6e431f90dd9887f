package dev.problemjaxrs.it.wildfly;

import dev.problemjaxrs.it.app.SampleApp;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The sample API as most WildFly applications are written: no classes listed, so RESTEasy scans the WAR,
 * its resources and providers, and finds the library's feature in WEB-INF/lib by its {@code @Provider}.
 */
@ApplicationPath("/")
public class ScannedApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return SampleApp.properties();
    }
}
