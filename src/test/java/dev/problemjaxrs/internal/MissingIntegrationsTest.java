package dev.problemjaxrs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The jar on a runtime that has none of the optional libraries (RESTEasy has no Jersey, Payara may have
 * no Jackson databind): the library's classes are loaded again by a class loader that hides them all, and
 * every provider must still be created and work.
 */
class MissingIntegrationsTest {

    private static final List<String> HIDDEN = List.of("com.fasterxml.jackson.databind.", "jakarta.json.",
            "jakarta.validation.", "org.glassfish.jersey.", "org.eclipse.microprofile.", "io.opentelemetry.");

    /** Loads dev.problemjaxrs itself, hides the optional libraries, delegates the rest (JAX-RS API, jackson-core). */
    private static final class WithoutIntegrations extends ClassLoader {
        WithoutIntegrations() {
            super(MissingIntegrationsTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (HIDDEN.stream().anyMatch(name::startsWith)) {
                throw new ClassNotFoundException(name + " is hidden");
            }
            if (!name.startsWith("dev.problemjaxrs.") || name.contains("Test")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return loaded;
            }
        }
    }

    @Test
    void withoutAnyOptionalLibraryTheCoreLoadsAndTranslates() throws Exception {
        ClassLoader loader = new WithoutIntegrations();
        Class<?> integrations = loader.loadClass("dev.problemjaxrs.internal.Integrations");
        for (String flag : List.of("JACKSON", "JSONB", "VALIDATION", "JERSEY", "MICROPROFILE_CONFIG", "OPENTELEMETRY")) {
            Field field = integrations.getDeclaredField(flag);
            field.setAccessible(true);
            assertFalse(field.getBoolean(null), flag + " must be absent");
        }
        Method mappers = integrations.getDeclaredMethod("mappers");
        mappers.setAccessible(true);
        assertEquals(4, ((List<?>) mappers.invoke(null)).size(), "only the core mappers");

        Method traceSource = integrations.getDeclaredMethod("traceSource");
        traceSource.setAccessible(true);
        assertEquals("HEADERS", fieldHolding(loader.loadClass("dev.problemjaxrs.internal.TraceSource"),
                traceSource.invoke(null)));

        Class<?> translatorType = loader.loadClass("dev.problemjaxrs.internal.ExceptionTranslator");
        Method translator = integrations.getDeclaredMethod("translator");
        translator.setAccessible(true);
        Object pending = translatorType.getMethod("translate", Throwable.class)
                .invoke(translator.invoke(null), new NotFoundException());
        assertTrue(pending.toString().startsWith("PendingProblem[status=404, slug=not-found"), pending.toString());
    }

    private static String fieldHolding(Class<?> type, Object value) throws IllegalAccessException {
        for (Field field : type.getDeclaredFields()) {
            if (field.get(null) == value) {
                return field.getName();
            }
        }
        return null;
    }
}
