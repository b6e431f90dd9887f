package dev.problemjaxrs.internal.mpconfig;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code problemjaxrs.*} from MicroProfile Config, where Quarkus and Payara users keep their settings
 * ({@code application.properties}, environment, system properties). Loaded only when the API is present.
 */
public final class MicroProfileProperties {

    private MicroProfileProperties() {
    }

    /**
     * The properties under {@code prefix}; empty if no Config can be had for this class loader. Each
     * known key is asked for by name, so that sources which cannot list it find it too: an environment
     * variable {@code PROBLEMJAXRS_TYPE_BASE} answers {@code problemjaxrs.type.base} (the specification's
     * mapping); listed names under the prefix are read as well, so a misspelt key still fails startup.
     */
    public static Map<String, String> read(String prefix, Set<String> knownKeys) {
        Config config;
        try {
            config = ConfigProvider.getConfig(MicroProfileProperties.class.getClassLoader());
        } catch (IllegalStateException e) {
            // the API without an implementation: nothing configured this way
            return Map.of();
        }
        Map<String, String> properties = new HashMap<>();
        for (String key : knownKeys) {
            config.getOptionalValue(key, String.class).ifPresent(value -> properties.put(key, value));
        }
        Set<String> knownAsEnvironment = new HashSet<>();
        for (String key : knownKeys) {
            knownAsEnvironment.add(environmentName(key));
        }
        for (String name : config.getPropertyNames()) {
            // an environment source lists PROBLEMJAXRS_TITLE_NOT_FOUND as problemjaxrs.title.not.found: the
            // known key was read above; any other name is passed on, so a misspelt one fails startup
            if (name.startsWith(prefix) && !properties.containsKey(name)
                    && !knownAsEnvironment.contains(environmentName(name))) {
                config.getOptionalValue(name, String.class).ifPresent(value -> properties.put(name, value));
            }
        }
        return properties;
    }

    /** The environment variable MicroProfile Config looks up for a property name. */
    private static String environmentName(String key) {
        StringBuilder name = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            name.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ? c : '_');
        }
        return name.toString();
    }
}
