package dev.problemjaxrs.internal.trace;

/** A logging framework's mapped diagnostic context, where the request's trace id is put for its log lines. */
interface LogContext {

    void put(String key, String value);

    void remove(String key);

    String get(String key);
}
