package dev.problemjaxrs.internal.cdi;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The classes of the application's CDI beans. On Quarkus (both REST stacks), WildFly and Open Liberty
 * every resource class is a bean, so this is where a runtime that exposes no resource model of its own
 * still tells the library which resources exist, through a standard API. Loaded only when CDI is present.
 */
public final class CdiBeans {

    private CdiBeans() {
    }

    /** Every bean's class; empty where no CDI container runs (a plain Jersey server with the API on the path). */
    public static Set<Class<?>> beanClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        try {
            for (Bean<?> bean : CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                if (bean.getBeanClass() != null) {
                    classes.add(bean.getBeanClass());
                }
            }
        } catch (IllegalStateException | UnsupportedOperationException e) {
            // no container for this thread's application: the other sources of classes stand alone
        }
        return classes;
    }

    /** The one bean of {@code type}, or null: none, several, or no container for this thread. */
    public static <T> T bean(Class<T> type) {
        try {
            Instance<T> bean = CDI.current().select(type);
            return bean.isResolvable() ? bean.get() : null;
        } catch (RuntimeException | LinkageError e) {
            // no container here, or no such bean
            return null;
        }
    }
}
