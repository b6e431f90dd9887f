package dev.problemjaxrs.internal.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceIdsTest {

    @Test
    void generatedIdsAre32LowercaseHexAndDistinct() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = TraceIds.generate();
            assertTrue(TraceIds.isValid(id), id);
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }

    @Test
    void traceparentVersion00GivesItsTraceId() {
        assertEquals("0af7651916cd43dd8448eb211c80319c",
                TraceIds.fromTraceparent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-0",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\r\nX: y",
            "0g-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            "02-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01x"})
    void malformedTraceparentsGiveNothing(String value) {
        assertNull(TraceIds.fromTraceparent(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0AF7651916CD43DD8448EB211C80319C", "0af76519-16cd-43dd-8448-eb211c80319c"})
    void requestIdsAreNormalised(String value) {
        assertEquals("0af7651916cd43dd8448eb211c80319c", TraceIds.fromRequestId(value));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"0af7651916cd43dd8448eb211c80319", "0af7651916cd43dd8448eb211c80319\u0661",
            "0af76519-16cd-43dd-8448_eb211c80319c", "00000000-0000-0000-0000-000000000000",
            "\uff10af7651916cd43dd8448eb211c80319c"})
    void malformedRequestIdsGiveNothing(String value) {
        assertNull(TraceIds.fromRequestId(value));
    }

    /** RFC 9110: whitespace around a field value is not part of it; some runtimes hand it over untrimmed. */
    @ParameterizedTest
    @ValueSource(strings = {" 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\t",
            "\t 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 \t"})
    void optionalWhitespaceAroundATraceparentIsNotPartOfIt(String value) {
        jakarta.ws.rs.core.MultivaluedHashMap<String, String> headers = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        headers.add("traceparent", value);
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", TraceSource.HEADERS.traceId(headers::get, null));
    }

    /** W3C Trace Context Level 2 adds the random flag; any flags value is accepted. */
    @ParameterizedTest
    @ValueSource(strings = {"00", "01", "02", "03", "ff"})
    void anyFlagsValueIsAccepted(String flags) {
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736",
                TraceIds.fromTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-" + flags));
    }
}
