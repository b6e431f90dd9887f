package dev.problemjaxrs.internal.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The MDCs of the logging frameworks present: SLF4J's (Logback, and Log4j or JBoss Logging behind their
 * bridges), Log4j 2's {@code ThreadContext}, JBoss Logging's (Quarkus, WildFly). Each framework's class is
 * touched only when its API is on the class path, and a framework bridged to another is left out.
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
        return List.copyOf(withoutBridges(contexts));
    }

    /**
     * One context per store: a bridge (SLF4J over JBoss Logging on Quarkus and WildFly, Log4j over SLF4J)
     * makes two APIs write one map, and putting the id through both would double the cost of every
     * request for nothing. Two contexts share a store when a value put through either is read by the other.
     */
    static List<LogContext> withoutBridges(List<LogContext> contexts) {
        List<LogContext> distinct = new ArrayList<>();
        for (LogContext candidate : contexts) {
            if (distinct.stream().noneMatch(kept -> sameStore(kept, candidate))) {
                distinct.add(candidate);
            }
        }
        return distinct;
    }

    private static boolean sameStore(LogContext a, LogContext b) {
        String key = "dev.problemjaxrs.probe." + TraceIds.generate();
        try {
            a.put(key, "a");
            boolean bReadsA = "a".equals(b.get(key));
            b.put(key, "b");
            return bReadsA && "b".equals(a.get(key));
        } catch (RuntimeException | LinkageError e) {
            // a framework that cannot be probed (no backend bound) keeps its own put
            return false;
        } finally {
            remove(a, key);
            remove(b, key);
        }
    }

    private static void remove(LogContext context, String key) {
        try {
            context.remove(key);
        } catch (RuntimeException | LinkageError e) {
            // nothing was put
        }
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
