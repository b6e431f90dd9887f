package dev.problemjaxrs.it.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.it.conformance.Listeners;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test server must not be reachable from the network: every socket Payara listens on is loopback. */
@ExtendWith(PayaraExtension.class)
class PayaraLoopbackIT {

    @Test
    void payaraListensOnLoopbackOnly(PayaraMicro payara) {
        Assumptions.assumeTrue(Listeners.supported(), "needs Linux's /proc to list the sockets of a process");
        List<Listeners.Listener> listeners = Listeners.of(payara.processTree());
        System.out.println("Payara Micro listens on " + listeners);
        assertTrue(listeners.stream().anyMatch(listener -> listener.port() == payara.port()),
                "the HTTP port " + payara.port() + " is not among " + listeners);
        assertEquals(List.of(), listeners.stream().filter(listener -> !listener.loopback()).toList(),
                "listeners beyond loopback");
    }
}
