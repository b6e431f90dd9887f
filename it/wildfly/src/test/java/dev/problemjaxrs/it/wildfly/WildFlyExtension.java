package dev.problemjaxrs.it.wildfly;

import dev.problemjaxrs.it.conformance.ServerExtension;
import dev.problemjaxrs.it.conformance.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one WildFly of this test JVM, for any test class that asks for a {@link ServerProcess} parameter. */
public final class WildFlyExtension extends ServerExtension<ServerProcess> {

    public WildFlyExtension() {
        super(ServerProcess.class, "WildFly");
    }

    @Override
    protected ServerProcess boot() throws Exception {
        String[] wars = required("wildfly.wars").split(",");
        Map<String, Path> deployments = new LinkedHashMap<>();
        deployments.put("jsonb", Path.of(wars[0]));
        deployments.put("jackson", Path.of(wars[1]));
        return WildFly.start(Path.of(required("wildfly.home")), deployments, Path.of(required("wildfly.workdir")),
                javaOptions("wildfly.java.options"),
                Duration.ofSeconds(Long.getLong("wildfly.startup.timeout", 240)));
    }

    @Override
    protected String describe(ServerProcess wildFly) {
        return String.format("WildFly pid %d serving http://127.0.0.1:%d/{jsonb,jackson}/ ready after %d ms",
                wildFly.pid(), wildFly.port(), wildFly.startupTime().toMillis());
    }
}
