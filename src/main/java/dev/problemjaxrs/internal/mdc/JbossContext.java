package dev.problemjaxrs.internal.mdc;

import dev.problemjaxrs.internal.trace.LogContext;
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
}
