package dev.problemjaxrs.it.wildfly;

import dev.problemjaxrs.it.conformance.ServerExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one WildFly of this test JVM, for any test class that asks for a {@link WildFly} parameter. */
public final class WildFlyExtension extends ServerExtension<WildFly> {

    public WildFlyExtension() {
        super(WildFly.class, "WildFly");
    }

    @Override
    protected WildFly boot() throws Exception {
        String[] wars = required("wildfly.wars").split(",");
        Map<String, Path> deployments = new LinkedHashMap<>();
        deployments.put("jsonb", Path.of(wars[0]));
        deployments.put("jackson", Path.of(wars[1]));
        return WildFly.start(Path.of(required("wildfly.home")), deployments, Path.of(required("wildfly.workdir")),
                WildFly.options(System.getProperty("wildfly.java.options", "")),
                Duration.ofSeconds(Long.getLong("wildfly.startup.timeout", 240)));
    }

    @Override
    protected String describe(WildFly wildFly) {
        return String.format("WildFly pid %d serving http://127.0.0.1:%d/{jsonb,jackson}/ ready after %d ms",
                wildFly.process().pid(), wildFly.port(), wildFly.process().startupTime().toMillis());
    }
}
