package dev.problemjaxrs.internal.trace;

import org.apache.logging.log4j.ThreadContext;

/** Loaded only when Log4j 2's API is present. */
final class Log4jContext implements LogContext {

    @Override
    public void put(String key, String value) {
        ThreadContext.put(key, value);
    }

    @Override
    public void remove(String key) {
        ThreadContext.remove(key);
    }

    @Override
    public String get(String key) {
        return ThreadContext.get(key);
    }
}
