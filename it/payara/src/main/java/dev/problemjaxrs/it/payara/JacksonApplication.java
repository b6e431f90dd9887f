package dev.problemjaxrs.it.payara;

import dev.problemjaxrs.it.app.SampleApp;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The same sample API on Jackson: Payara ships Jersey's Jackson feature and selects it for one
 * application through {@code jersey.config.jsonFeature}; nothing Jackson is bundled in the WAR.
 */
@ApplicationPath("/jackson")
public class JacksonApplication extends Application {

    /** Jersey's {@code CommonProperties.JSON_FEATURE}, spelled out: Jersey is not on the compile path. */
    static final String JSON_FEATURE = "jersey.config.jsonFeature";

    @Override
    public Set<Class<?>> getClasses() {
        return JsonbApplication.classes();
    }

    @Override
    public Map<String, Object> getProperties() {
        Map<String, Object> properties = new HashMap<>(SampleApp.properties());
        properties.put(JSON_FEATURE, "JacksonFeature");
        return Map.copyOf(properties);
    }
}
