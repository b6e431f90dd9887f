package dev.problemjaxrs.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The /proc parsing behind the loopback check must be able to fail: wildcard listeners are reported. */
class ListenersTest {

    private static final String HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt"
            + "   uid  timeout inode";

    @Test
    void tcpListenersAreReportedWithTheirAddress() {
        Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "sample lines are little-endian");
        List<String> tcp = List.of(HEADER,
                "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 101 1",
                "   1: 00000000:1A0C 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 102 1",
                "   2: 0100007F:1F90 0100007F:D431 01 00000000:00000000 00:00000000 00000000     0        0 103 1",
                "   3: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 999 1");
        List<Listeners.Listener> found = Listeners.parse("tcp", tcp, Set.of(101L, 102L, 103L), 7);
        assertEquals("[tcp 127.0.0.1:8080 (pid 7), tcp 0.0.0.0:6668 (pid 7)]", found.toString());
        assertEquals(List.of(true, false), found.stream().map(Listeners.Listener::loopback).toList());
    }

    @Test
    void tcp6AndUdpListenersAreReported() {
        Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "sample lines are little-endian");
        List<String> tcp6 = List.of(HEADER,
                "   0: 0000000000000000FFFF00000100007F:93D9 00000000000000000000000000000000:0000 0A"
                        + " 00000000:00000000 00:00000000 00000000     0        0 201 1",
                "   1: 00000000000000000000000001000000:1B58 00000000000000000000000000000000:0000 0A"
                        + " 00000000:00000000 00:00000000 00000000     0        0 202 1",
                "   2: 00000000000000000000000000000000:1AF4 00000000000000000000000000000000:0000 0A"
                        + " 00000000:00000000 00:00000000 00000000     0        0 203 1");
        assertEquals("[tcp6 127.0.0.1:37849 (pid 7), tcp6 0:0:0:0:0:0:0:1:7000 (pid 7), tcp6 0:0:0:0:0:0:0:0:6900 (pid 7)]",
                Listeners.parse("tcp6", tcp6, Set.of(201L, 202L, 203L), 7).toString());
        List<String> udp = List.of(HEADER,
                "  10: 00000000:14E9 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 301 2",
                "  11: 0100007F:A1B2 0100007F:0035 01 00000000:00000000 00:00000000 00000000     0        0 302 2");
        assertEquals("[udp 0.0.0.0:5353 (pid 7)]", Listeners.parse("udp", udp, Set.of(301L, 302L), 7).toString());
    }
}
