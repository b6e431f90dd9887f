package dev.problemjaxrs.internal.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The MDCs of the logging frameworks present: SLF4J's (Logback, and Log4j or JBoss Logging behind their
 * bridges), Log4j 2's {@code ThreadContext}, JBoss Logging's (Quarkus, WildFly). Each framework's class is
 * touched only when its API is on the class path; where one is bridged to another, the id is put twice under
 * the same key, which is harmless.
 */
final class LogContexts {

    private static final List<LogContext> PRESENT = present();

    private LogContexts() {
    }

    static List<LogContext> all() {
        return PRESENT;
    }

    private static List<LogContext> present() {
        List<LogContext> contexts = new ArrayList<>();
        if (isPresent("org.slf4j.MDC")) {
            contexts.add(new Slf4jContext());
        }
        if (isPresent("org.apache.logging.log4j.ThreadContext")) {
            contexts.add(new Log4jContext());
        }
        if (isPresent("org.jboss.logging.MDC")) {
            contexts.add(new JbossContext());
        }
        return List.copyOf(contexts);
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, LogContexts.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
