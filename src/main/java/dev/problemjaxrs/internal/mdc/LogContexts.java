package dev.problemjaxrs.internal.mdc;

import dev.problemjaxrs.internal.trace.LogContext;

/**
 * The MDCs of the logging frameworks applications use: SLF4J's (Logback, and Log4j or JBoss Logging behind
 * their bridges), Log4j 2's {@code ThreadContext}, JBoss Logging's (Quarkus, WildFly). Each factory may be
 * called only when its framework is present; where one is bridged to another, the id is put twice under
 * the same key, which is harmless.
 */
public final class LogContexts {

    private LogContexts() {
    }

    public static LogContext slf4j() {
        return new Slf4jContext();
    }

    public static LogContext log4j() {
        return new Log4jContext();
    }

    public static LogContext jbossLogging() {
        return new JbossContext();
    }
}
