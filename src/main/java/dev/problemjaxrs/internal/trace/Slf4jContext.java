package dev.problemjaxrs.internal.trace;

import org.slf4j.MDC;

/** Loaded only when SLF4J is present. */
final class Slf4jContext implements LogContext {

    @Override
    public void put(String key, String value) {
        MDC.put(key, value);
    }

    @Override
    public void remove(String key) {
        MDC.remove(key);
    }

    @Override
    public String get(String key) {
        return MDC.get(key);
    }
}
