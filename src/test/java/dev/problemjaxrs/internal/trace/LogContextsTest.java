package dev.problemjaxrs.internal.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogContextsTest {

    /** A framework's MDC over a map, which a bridged framework shares. */
    private record MapContext(Map<String, String> store) implements LogContext {
        @Override
        public void put(String key, String value) {
            store.put(key, value);
        }

        @Override
        public void remove(String key) {
            store.remove(key);
        }

        @Override
        public String get(String key) {
            return store.get(key);
        }
    }

    @Test
    void aFrameworkBridgedToAnotherIsPutOnlyOnce() {
        Map<String, String> shared = new HashMap<>();
        LogContext slf4j = new MapContext(shared);
        LogContext log4j = new MapContext(new HashMap<>());
        LogContext jbossOverSlf4j = new MapContext(shared);
        List<LogContext> kept = LogContexts.withoutBridges(List.of(slf4j, log4j, jbossOverSlf4j));
        assertEquals(2, kept.size());
        assertSame(slf4j, kept.get(0));
        assertSame(log4j, kept.get(1));
        assertEquals(Map.of(), shared, "the probe leaves nothing behind");
    }

    /** The test run puts JBoss Logging on the JDK's logging: three stores, none left out. */
    @Test
    void frameworksOnTheirOwnStoresAreAllKept() {
        List<Class<?>> present = LogContexts.all().stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(Slf4jContext.class, Log4jContext.class, JbossContext.class), present);
    }
}
