package dev.problemjaxrs.it.liberty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.it.conformance.Listeners;
import dev.problemjaxrs.it.conformance.ServerProcess;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test server must not be reachable from the network: every socket Open Liberty listens on is loopback. */
@ExtendWith(LibertyExtension.class)
class LibertyLoopbackIT {

    @Test
    void libertyListensOnLoopbackOnly(ServerProcess liberty) {
        Assumptions.assumeTrue(Listeners.supported(), "needs Linux's /proc to list the sockets of a process");
        List<Listeners.Listener> listeners = Listeners.of(liberty.processTree());
        System.out.println("Open Liberty listens on " + listeners);
        assertTrue(listeners.stream().anyMatch(listener -> listener.port() == liberty.port()),
                "the HTTP port " + liberty.port() + " is not among " + listeners);
        assertEquals(List.of(), listeners.stream().filter(listener -> !listener.loopback()).toList(),
                "listeners beyond loopback");
    }
}
