package dev.problemjaxrs.internal.trace;

import org.jboss.logging.MDC;

/** Loaded only when JBoss Logging is present. */
final class JbossContext implements LogContext {

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
        return MDC.get(key) instanceof String value ? value : null;
    }
}
