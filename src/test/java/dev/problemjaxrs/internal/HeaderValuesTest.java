package dev.problemjaxrs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Date;
import org.glassfish.jersey.internal.util.collection.GuardianStringKeyMultivaluedMap;
import org.glassfish.jersey.message.internal.OutboundJaxrsResponse;
import org.glassfish.jersey.message.internal.OutboundMessageContext;
import org.junit.jupiter.api.Test;

/**
 * How the policy touches a runtime's header map decides what the runtime does again before writing: on
 * Jersey, a walk over the entries counts as a change to the Content-Type, which is then parsed again for
 * every problem, and a header value that is not a String is looked up in the header delegates on every write.
 */
class HeaderValuesTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    @Test
    void standardHeadersLeaveJerseysParsedContentTypeAlone() {
        MultivaluedMap<String, Object> headers = jersey().status(429).type(ProblemRenderer.PROBLEM_JSON)
                .header("Retry-After", Date.from(Instant.parse("2030-01-02T03:04:05Z")))
                .header("Expires", "0").build().getHeaders();
        GuardianStringKeyMultivaluedMap<?> guarded = assertInstanceOf(GuardianStringKeyMultivaluedMap.class, headers);
        guarded.isObservedAndReset(HttpHeaders.CONTENT_TYPE);

        new HeaderPolicy("X-Trace-Id", ResourceModel.UNKNOWN).addStandardHeaders(headers, 429, TRACE_ID);

        assertFalse(guarded.isObservedAndReset(HttpHeaders.CONTENT_TYPE), "the Content-Type counts as changed");
        assertEquals("Wed, 02 Jan 2030 03:04:05 GMT", headers.getFirst("Retry-After"));
        assertFalse(headers.containsKey("Expires"), headers::toString);
        assertEquals("en", headers.getFirst("Content-Language"));
        assertEquals(TRACE_ID, headers.getFirst("X-Trace-Id"));
    }

    @Test
    void carriedTextHeadersAreWrittenAsStrings() {
        MultivaluedMap<String, Object> carried = new MultivaluedHashMap<>();
        // what Jersey's Response.allow(...) stores
        carried.add("Allow", new StringBuilder("GET,POST"));
        Response.ResponseBuilder builder = jersey().status(405);

        HeaderPolicy.carry(carried, false, builder);

        Object allow = builder.build().getHeaders().getFirst("Allow");
        assertInstanceOf(String.class, allow);
        assertEquals("GET,POST", allow);
    }

    /** Jersey's own builder, whichever runtime's delegate the JVM found first. */
    private static Response.ResponseBuilder jersey() {
        return new OutboundJaxrsResponse.Builder(new OutboundMessageContext((Configuration) null));
    }
}
