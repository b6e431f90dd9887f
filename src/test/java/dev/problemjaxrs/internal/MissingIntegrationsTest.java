package dev.problemjaxrs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The jar on a runtime that has none of the optional libraries (RESTEasy has no Jersey, Payara may have
 * no Jackson databind): the library's classes are loaded again by a class loader that hides them all; the
 * feature installs, and every provider it registers does its job on one error, from the request filter
 * to the bytes written.
 */
class MissingIntegrationsTest {

    private static final List<String> HIDDEN = List.of("com.fasterxml.jackson.databind.", "jakarta.json.",
            "jakarta.validation.", "org.glassfish.jersey.", "org.eclipse.microprofile.", "io.opentelemetry.", "org.slf4j.",
            "org.apache.logging.log4j.", "org.jboss.logging.", "org.jboss.resteasy.reactive.", "org.apache.cxf.",
            "io.dropwizard.");

    /** The library's feature, loaded again by a class loader that hides every optional library. */
    private static Feature featureWithoutIntegrations() throws ReflectiveOperationException {
        ClassLoader withoutIntegrations = new RedefiningLoader(
                name -> name.startsWith("dev.problemjaxrs.") && !name.contains("Test"),
                name -> HIDDEN.stream().anyMatch(name::startsWith));
        return (Feature) withoutIntegrations.loadClass("dev.problemjaxrs.ProblemFeature").getConstructor()
                .newInstance();
    }

    @Test
    void withoutAnyOptionalLibraryEveryProviderWorks() throws Exception {
        Feature feature = featureWithoutIntegrations();
        List<Object> registered = new ArrayList<>();
        assertTrue(feature.configure(featureContext(registered)));

        List<String> kinds = registered.stream().map(MissingIntegrationsTest::kind).sorted().toList();
        assertEquals(List.of("ContainerRequestFilter", "ContainerResponseFilter", "ExceptionMapper", "ExceptionMapper",
                "ExceptionMapper", "ExceptionMapper", "MessageBodyWriter", "MessageBodyWriter", "ReaderInterceptor",
                "WriterInterceptor"),
                kinds, "only the core providers: " + registered);

        Map<String, Object> properties = new HashMap<>();
        ContainerRequestContext request = proxy(ContainerRequestContext.class, (p, method, args) -> switch (method.getName()) {
            case "getHeaders" -> new MultivaluedHashMap<String, String>();
            case "getUriInfo" -> proxy(UriInfo.class, (q, m, a) -> URI.create("http://127.0.0.1/missing"));
            case "getProperty" -> properties.get((String) args[0]);
            case "setProperty" -> properties.put((String) args[0], args[1]);
            case "getMethod" -> "GET";
            default -> throw new UnsupportedOperationException(method.getName());
        });
        one(registered, ContainerRequestFilter.class).filter(request);
        String traceId = (String) properties.get("dev.problemjaxrs.traceId");
        assertTrue(traceId.matches("[0-9a-f]{32}"), traceId);

        Response mapped = null;
        for (Object provider : registered) {
            if (provider instanceof ExceptionMapper<?> mapper && kind(provider).equals("ExceptionMapper")
                    && provider.getClass().getSimpleName().equals("WebApplication")) {
                @SuppressWarnings("unchecked")
                ExceptionMapper<NotFoundException> notFound = (ExceptionMapper<NotFoundException>) mapper;
                mapped = notFound.toResponse(new NotFoundException());
            }
        }
        assertEquals(404, mapped.getStatus());

        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>(mapped.getHeaders());
        Object[] entity = {mapped.getEntity()};
        ContainerResponseContext response = proxy(ContainerResponseContext.class, (p, method, args) -> switch (method.getName()) {
            case "getStatus" -> 404;
            case "getEntity" -> entity[0];
            case "hasEntity" -> entity[0] != null;
            case "getHeaders" -> headers;
            case "getMediaType" -> headers.getFirst("Content-Type") instanceof MediaType type ? type : null;
            case "setEntity" -> entity[0] = args[0];
            default -> throw new UnsupportedOperationException(method.getName());
        });
        one(registered, ContainerResponseFilter.class).filter(request, response);
        assertEquals(traceId, headers.getFirst("X-Trace-Id"));

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Object provider : registered) {
            if (provider instanceof MessageBodyWriter<?> writer
                    && writer.isWriteable(entity[0].getClass(), entity[0].getClass(), new Annotation[0], null)) {
                @SuppressWarnings("unchecked")
                MessageBodyWriter<Object> problemWriter = (MessageBodyWriter<Object>) writer;
                problemWriter.writeTo(entity[0], entity[0].getClass(), entity[0].getClass(), new Annotation[0], null,
                        headers, body);
            }
        }
        assertEquals("{\"type\":\"https://problemjaxrs.dev/errors#not-found\",\"title\":\"Not Found\","
                + "\"detail\":\"The requested resource could not be found.\",\"instance\":\"" + traceId + "\"}",
                body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onAClientWithoutAnyOptionalLibraryOnlyTheTwoClientFiltersAreRegistered() throws Exception {
        Feature feature = featureWithoutIntegrations();
        List<Object> registered = new ArrayList<>();
        assertTrue(feature.configure(featureContext(registered, RuntimeType.CLIENT)));
        List<String> kinds = registered.stream().map(provider -> provider instanceof ClientRequestFilter
                ? "ClientRequestFilter" : provider instanceof ClientResponseFilter ? "ClientResponseFilter"
                : provider.getClass().getName()).sorted().toList();
        assertEquals(List.of("ClientRequestFilter", "ClientResponseFilter"), kinds, registered::toString);
    }

    private static FeatureContext featureContext(List<Object> registered) {
        return featureContext(registered, RuntimeType.SERVER);
    }

    private static FeatureContext featureContext(List<Object> registered, RuntimeType runtime) {
        Configuration configuration = proxy(Configuration.class, (p, method, args) -> switch (method.getName()) {
            case "getRuntimeType" -> runtime;
            case "getProperties" -> Map.of();
            case "getInstances" -> java.util.Set.copyOf(registered);
            case "isRegistered" -> false;
            default -> throw new UnsupportedOperationException(method.getName());
        });
        return proxy(FeatureContext.class, (p, method, args) -> {
            if (method.getName().equals("getConfiguration")) {
                return configuration;
            }
            if (method.getName().equals("register") && args.length == 1) {
                registered.add(args[0] instanceof Class<?> type ? type.getConstructor().newInstance() : args[0]);
                return p;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    private static String kind(Object provider) {
        for (Class<?> type : List.of(ContainerRequestFilter.class, ContainerResponseFilter.class, ExceptionMapper.class,
                MessageBodyWriter.class, jakarta.ws.rs.ext.ReaderInterceptor.class,
                jakarta.ws.rs.ext.WriterInterceptor.class)) {
            if (type.isInstance(provider)) {
                return type.getSimpleName();
            }
        }
        return provider.getClass().getName();
    }

    private static <T> T one(List<Object> providers, Class<T> type) {
        List<T> found = providers.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), type + " in " + providers);
        assertInstanceOf(type, found.get(0));
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(MissingIntegrationsTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
