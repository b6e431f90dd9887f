package dev.problemjaxrs.it.liberty;

import dev.problemjaxrs.it.conformance.ServerExtension;
import dev.problemjaxrs.it.conformance.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;

/** The one Open Liberty of this test JVM, for any test class that asks for a {@link ServerProcess} parameter. */
public final class LibertyExtension extends ServerExtension<ServerProcess> {

    public LibertyExtension() {
        super(ServerProcess.class, "Open Liberty");
    }

    @Override
    protected ServerProcess boot() throws Exception {
        return Liberty.start(Path.of(required("liberty.home")), Path.of(required("liberty.war")),
                Path.of(required("liberty.workdir")),
                javaOptions("liberty.java.options"),
                Duration.ofSeconds(Long.getLong("liberty.startup.timeout", 240)));
    }

    @Override
    protected String describe(ServerProcess liberty) {
        return String.format("Open Liberty pid %d serving http://127.0.0.1:%d%s/{listed,scanned}/ ready after %d ms",
                liberty.pid(), liberty.port(), Liberty.CONTEXT_ROOT, liberty.startupTime().toMillis());
    }
}
