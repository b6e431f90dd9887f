package dev.problemjaxrs.it.liberty;

import dev.problemjaxrs.it.app.SampleApp;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The sample API as most Liberty applications are written: no classes listed, so Liberty scans the WAR and
 * finds the library's feature in WEB-INF/lib by its {@code @Provider}. Liberty's scan deploys only classes
 * that carry {@code @Path} themselves: the sample's two resources that take it from an interface are not
 * served here (see LibertyScanningIT).
 */
@ApplicationPath("/scanned")
public class ScannedApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return SampleApp.properties();
    }
}
