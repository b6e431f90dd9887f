package dev.problemjaxrs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.apache.cxf.jaxrs.impl.MetadataMap;
import org.junit.jupiter.api.Test;

/**
 * Headers the policy removes are gone also from CXF's case-insensitive header map, whose {@code keySet()}
 * is a copy; and a runtime's {@code Allow} that the model calls wrong gives way to the model's.
 */
class HeaderRemovalTest {

    private static MultivaluedMap<String, Object> cxfHeaders() {
        MultivaluedMap<String, Object> headers = new MetadataMap<>(false, true);
        headers.putSingle("Content-Length", "12");
        headers.putSingle("ETag", "\"v1\"");
        headers.putSingle("Expires", "0");
        headers.putSingle("Pragma", "no-cache");
        headers.put("Allow", List.of("DELETE", "GET", "POST", "PUT"));
        return headers;
    }

    @Test
    void bodyHeadersAreDroppedFromAMapWhoseKeySetIsACopy() {
        MultivaluedMap<String, Object> headers = cxfHeaders();
        HeaderPolicy.dropBodyHeaders(headers);
        assertNull(headers.get("Content-Length"), headers::toString);
        assertNull(headers.get("ETag"), headers::toString);
    }

    @Test
    void cachingHeadersAreDroppedFromAMapWhoseKeySetIsACopy() {
        MultivaluedMap<String, Object> headers = cxfHeaders();
        new HeaderPolicy(null, ResourceModel.UNKNOWN).addStandardHeaders(headers, 404, "0af7651916cd43dd8448eb211c80319c");
        assertNull(headers.get("Expires"), headers::toString);
        assertNull(headers.get("Pragma"), headers::toString);
    }

    @Test
    void aRuntimesWrongAllowGivesWayToTheModelsOnA405() {
        MultivaluedMap<String, Object> headers = cxfHeaders();
        new HeaderPolicy(null, model(true, List.of("GET", "POST"))).addProtocolHeaders(405, null, headers);
        assertEquals(List.of("GET, POST"), headers.get("Allow"));
    }

    @Test
    void aRuntimesWrongAllowIsDroppedFromOtherStatuses() {
        MultivaluedMap<String, Object> headers = cxfHeaders();
        new HeaderPolicy(null, model(true, List.of("GET", "POST"))).addProtocolHeaders(404, null, headers);
        assertFalse(headers.containsKey("Allow"), headers::toString);
    }

    @Test
    void aRuntimesAllowStaysWhereTheModelDoesNotCallItWrong() {
        MultivaluedMap<String, Object> headers = cxfHeaders();
        new HeaderPolicy(null, model(false, List.of("GET", "POST"))).addProtocolHeaders(405, null, headers);
        assertEquals(List.of("DELETE", "GET", "POST", "PUT"), headers.get("Allow"));
    }

    private static ResourceModel model(boolean runtimeAllowIsWrong, List<String> allowed) {
        return new ResourceModel() {
            @Override
            public List<String> produces(ContainerRequestContext request) {
                return List.of();
            }

            @Override
            public List<String> consumes(ContainerRequestContext request) {
                return List.of();
            }

            @Override
            public List<String> allowedMethods(ContainerRequestContext request) {
                return allowed;
            }

            @Override
            public Type parameterType(ContainerRequestContext request, Class<? extends Annotation> source, String name) {
                return null;
            }

            @Override
            public boolean replacesRuntimeAllow(ContainerRequestContext request) {
                return runtimeAllowIsWrong;
            }
        };
    }
}
