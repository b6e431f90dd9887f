package dev.problemjaxrs.it.wildfly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.it.conformance.Listeners;
import dev.problemjaxrs.it.conformance.ServerProcess;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test server must not be reachable from the network: every socket WildFly listens on is loopback. */
@ExtendWith(WildFlyExtension.class)
class WildFlyLoopbackIT {

    @Test
    void wildFlyListensOnLoopbackOnly(ServerProcess wildFly) {
        Assumptions.assumeTrue(Listeners.supported(), "needs Linux's /proc to list the sockets of a process");
        List<Listeners.Listener> listeners = Listeners.of(wildFly.processTree());
        System.out.println("WildFly listens on " + listeners);
        assertTrue(listeners.stream().anyMatch(listener -> listener.port() == wildFly.port()),
                "the HTTP port " + wildFly.port() + " is not among " + listeners);
        assertEquals(List.of(), listeners.stream().filter(listener -> !listener.loopback()).toList(),
                "listeners beyond loopback");
    }
}
