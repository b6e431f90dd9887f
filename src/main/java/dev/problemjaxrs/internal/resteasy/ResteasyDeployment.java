package dev.problemjaxrs.internal.resteasy;

import jakarta.ws.rs.core.Application;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.core.ResteasyContext;
import org.jboss.resteasy.spi.ResourceFactory;

/**
 * What RESTEasy knows of the application being deployed and served but does not hand to a feature it found
 * by scanning (WildFly, Open Liberty: the jar in {@code WEB-INF/lib}, an {@code Application} that lists
 * nothing). RESTEasy configures scanned providers before it copies {@code Application.getProperties()} into
 * the configuration, and it registers scanned resources neither with the configuration nor as CDI beans
 * (its registry keeps the {@code @Path} interface of a resource that implements one, not the class). Both
 * are in its thread's context: the {@code Application} while it deploys, the deployment while it serves.
 * Loaded only when RESTEasy is present.
 */
public final class ResteasyDeployment {

    private ResteasyDeployment() {
    }

    /** The properties of the application RESTEasy is deploying on this thread; empty outside a deployment. */
    public static Map<String, Object> applicationProperties() {
        Application application = contextData(Application.class);
        Map<String, Object> properties = application == null ? null : application.getProperties();
        return properties == null ? Map.of() : properties;
    }

    /**
     * The resource classes of the deployment serving this thread's request, scanned or registered; empty
     * outside a request.
     */
    public static Set<Class<?>> resourceClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        org.jboss.resteasy.spi.ResteasyDeployment deployment = contextData(org.jboss.resteasy.spi.ResteasyDeployment.class);
        if (deployment == null) {
            return classes;
        }
        List<String> names = new ArrayList<>();
        addAll(names, deployment.getScannedResourceClasses());
        addAll(names, deployment.getResourceClasses());
        Map<String, List<String>> withBuilder = deployment.getScannedResourceClassesWithBuilder();
        if (withBuilder != null) {
            withBuilder.values().forEach(list -> addAll(names, list));
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String name : names) {
            try {
                classes.add(Class.forName(name.trim(), false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                // RESTEasy could not have deployed it either; the model does without it
            }
        }
        addAll(classes, deployment.getActualResourceClasses());
        for (Object resource : nullSafe(deployment.getResources())) {
            classes.add(resource.getClass());
        }
        for (ResourceFactory factory : nullSafe(deployment.getResourceFactories())) {
            classes.add(factory.getScannableClass());
        }
        classes.remove(null);
        return classes;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static <T> void addAll(Collection<T> into, Collection from) {
        if (from != null) {
            into.addAll(from);
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T contextData(Class<T> type) {
        try {
            return ResteasyContext.getContextData(type);
        } catch (RuntimeException e) {
            // RESTEasy's context is thread-bound: another runtime's thread has none
            return null;
        }
    }
}
