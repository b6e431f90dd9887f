package dev.problemjaxrs.internal.resteasy;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.InterceptorContext;
import jakarta.ws.rs.ext.WriterInterceptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What RESTEasy knows of the application being deployed and served but does not hand to a feature it found
 * by scanning (WildFly, Open Liberty: the jar in {@code WEB-INF/lib}, an {@code Application} that lists
 * nothing). RESTEasy configures scanned providers before it copies {@code Application.getProperties()} into
 * the configuration, and it registers scanned resources neither with the configuration nor as CDI beans
 * (its registry keeps the {@code @Path} interface of a resource that implements one, not the class). Both
 * are in its thread's context ({@code ResteasyContext}): the {@code Application} while it deploys, the
 * {@code ResteasyDeployment} with its resource classes while it serves.
 *
 * <p>Reached through the class loader of RESTEasy's own configuration object, by name: Open Liberty does
 * not let applications see RESTEasy's packages, and the library needs no RESTEasy type at compile time.
 */
public final class ResteasyDeployment {

    private static final String CONTEXT = "org.jboss.resteasy.core.ResteasyContext";
    private static final String DEPLOYMENT = "org.jboss.resteasy.spi.ResteasyDeployment";
    private static final String RESOURCE_FACTORY = "org.jboss.resteasy.spi.ResourceFactory";
    /** The deployment's lists of resource class names, scanned and configured. */
    private static final List<String> NAMED_RESOURCES = List.of("getScannedResourceClasses", "getResourceClasses");

    private final Method contextData;
    private final Class<?> deploymentType;
    private final Class<?> factoryType;

    private ResteasyDeployment(Method contextData, Class<?> deploymentType, Class<?> factoryType) {
        this.contextData = contextData;
        this.deploymentType = deploymentType;
        this.factoryType = factoryType;
    }

    /**
     * RESTEasy's context, if RESTEasy can be reached from the class loader of {@code configuration} (a
     * runtime may wrap RESTEasy's configuration in its own type); empty on any other runtime.
     */
    public static Optional<ResteasyDeployment> of(Object configuration) {
        ClassLoader loader = configuration == null ? null : configuration.getClass().getClassLoader();
        if (loader == null) {
            return Optional.empty();
        }
        try {
            Method contextData = Class.forName(CONTEXT, false, loader).getMethod("getContextData", Class.class);
            return Optional.of(new ResteasyDeployment(contextData, Class.forName(DEPLOYMENT, false, loader),
                    Class.forName(RESOURCE_FACTORY, false, loader)));
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * The library's writer interceptor in a form that lets RESTEasy keep writing bodies asynchronously
     * ({@link AsyncWrites}); only where this library's class loader sees RESTEasy's SPI.
     *
     * @param failed     logs a failed write and marks it logged, with the interceptor context's properties
     * @param handedOver ends the thread's binding once a body's asynchronous write is under way
     */
    public static Object writingAsynchronously(WriterInterceptor blocking, BiConsumer<InterceptorContext, Throwable> failed,
                                               Runnable handedOver) {
        return new AsyncWrites(blocking, failed, handedOver);
    }

    /**
     * Makes the asynchronous calls of RESTEasy's client carry the served request's trace id, in the deployment
     * RESTEasy is configuring on this thread ({@link ClientThreads}). Call only where this library's class
     * loader sees RESTEasy's SPI.
     *
     * @return false outside a RESTEasy deployment
     */
    public static boolean carryTraceIdsToClientThreads() {
        return ClientThreads.carryTraceIds();
    }

    /** The properties of the application RESTEasy is deploying on this thread; empty outside a deployment. */
    public Map<String, Object> applicationProperties() {
        Object application = contextData(Application.class);
        Map<String, Object> properties = application instanceof Application app ? app.getProperties() : null;
        return properties == null ? Map.of() : properties;
    }

    /**
     * The resource classes of the deployment serving this thread's request, scanned or registered; empty
     * outside a request.
     */
    public Set<Class<?>> resourceClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        Object deployment = contextData(deploymentType);
        if (deployment == null) {
            return classes;
        }
        List<Object> names = new ArrayList<>();
        NAMED_RESOURCES.forEach(getter -> names.addAll(list(deploymentType, deployment, getter)));
        if (call(deploymentType, deployment, "getScannedResourceClassesWithBuilder") instanceof Map<?, ?> withBuilder) {
            withBuilder.values().forEach(value -> names.addAll(value instanceof Collection<?> list ? list : List.of()));
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (Object name : names) {
            try {
                classes.add(Class.forName(name.toString().trim(), false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                // RESTEasy could not have deployed it either; the model does without it
            }
        }
        for (Object type : list(deploymentType, deployment, "getActualResourceClasses")) {
            if (type instanceof Class<?> resource) {
                classes.add(resource);
            }
        }
        for (Object resource : list(deploymentType, deployment, "getResources")) {
            classes.add(resource.getClass());
        }
        for (Object factory : list(deploymentType, deployment, "getResourceFactories")) {
            if (factoryType.isInstance(factory)
                    && call(factoryType, factory, "getScannableClass") instanceof Class<?> resource) {
                classes.add(resource);
            }
        }
        return classes;
    }

    private Object contextData(Class<?> type) {
        try {
            return contextData.invoke(null, type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // RESTEasy's context is thread-bound: a thread it does not serve has none
            return null;
        }
    }

    private static List<?> list(Class<?> type, Object target, String getter) {
        return call(type, target, getter) instanceof List<?> list ? list : List.of();
    }

    /**
     * A no-argument method of one of RESTEasy's public interfaces, called on its implementation (which
     * need not be public); null where this RESTEasy has no such method.
     */
    private static Object call(Class<?> type, Object target, String method) {
        try {
            return type.getMethod(method).invoke(target);
        } catch (InvocationTargetException | NoSuchMethodException | IllegalAccessException | RuntimeException e) {
            return null;
        }
    }
}
