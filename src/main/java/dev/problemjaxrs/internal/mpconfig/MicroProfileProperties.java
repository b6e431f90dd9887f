package dev.problemjaxrs.internal.mpconfig;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code problemjaxrs.*} from MicroProfile Config, where Quarkus and Payara users keep their settings
 * ({@code application.properties}, environment, system properties). Loaded only when the API is present.
 */
public final class MicroProfileProperties {

    private MicroProfileProperties() {
    }

    /** The properties under {@code prefix}; empty if no Config can be had for this class loader. */
    public static Map<String, String> read(String prefix) {
        Config config;
        try {
            config = ConfigProvider.getConfig(MicroProfileProperties.class.getClassLoader());
        } catch (IllegalStateException e) {
            // the API without an implementation: nothing configured this way
            return Map.of();
        }
        Map<String, String> properties = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(prefix)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> properties.put(name, value));
            }
        }
        return properties;
    }
}
