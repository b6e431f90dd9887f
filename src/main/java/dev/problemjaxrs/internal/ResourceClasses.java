package dev.problemjaxrs.internal;

import dev.problemjaxrs.internal.naming.JaxRsResources;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reading the application's resource classes into {@link AnnotatedResourceModel}'s model, as the
 * specification defines them: a root class's {@code @Path} (or its supertype's), its resource methods with
 * their effective media types and parameters, its sub-resource methods and locators in the order matching
 * tries them. The matcher ({@link ResourceMatcher}) decides when a class is read; this reads it.
 */
final class ResourceClasses {

    /** One resource method: its HTTP method, effective media types (without wildcards) and checks. */
    record Endpoint(String httpMethod, List<String> produces, List<String> consumes,
                    List<ParameterCheck> parameters) {
    }

    /** A {@code @Path} under a resource class: sub-resource methods sharing a template, or a locator. */
    record Route(PathTemplate template, List<Endpoint> endpoints, Node locator) {
    }

    /** A resource class: its resource methods and its routes, most specific first. */
    static final class Node {
        final List<Endpoint> endpoints = new ArrayList<>();
        final List<Route> routes = new ArrayList<>();
    }

    /** A root resource class: its template, read with the roots; its methods, read when first matched. */
    static final class Root {
        final PathTemplate template;
        final Class<?> type;
        /** Set once, by the model's lock; read without it afterwards (a final-field-safe Node behind a volatile). */
        volatile Node node;

        Root(PathTemplate template, Class<?> type) {
            this.template = template;
            this.type = type;
        }

        PathTemplate template() {
            return template;
        }
    }

    /** Routes in the specification's order: template keys first, then sub-resource methods before locators. */
    static final Comparator<Route> ROUTE_ORDER = Comparator.comparing(Route::template,
            PathTemplate.MOST_SPECIFIC_FIRST).thenComparing(route -> route.locator() != null);

    private ResourceClasses() {
    }

    /** The root resource classes among {@code candidates}, sorted as step 1 sorts them; only their paths are read. */
    static List<Root> build(Collection<Class<?>> candidates) {
        List<Root> roots = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> type : candidates) {
            Path path = classPath(type);
            if (path == null || type.isInterface() || Modifier.isAbstract(type.getModifiers()) || !seen.add(type)) {
                continue;
            }
            PathTemplate template = PathTemplate.of(path.value(), true);
            if (template != null) {
                roots.add(new Root(template, type));
            }
        }
        roots.sort(Comparator.comparing(Root::template, PathTemplate.MOST_SPECIFIC_FIRST));
        return List.copyOf(roots);
    }

    static Node node(Class<?> type, Map<Class<?>, Node> nodes) {
        Node existing = nodes.get(type);
        if (existing != null) {
            return existing;
        }
        Node node = new Node();
        nodes.put(type, node);
        List<String> classProduces = mediaTypes(inherited(type, Produces.class));
        List<String> classConsumes = mediaTypes(inherited(type, Consumes.class));
        Map<String, List<Endpoint>> subResourceMethods = new HashMap<>();
        Set<String> signatures = new HashSet<>();
        for (Method declared : type.getMethods()) {
            if (declared.isBridge() || declared.isSynthetic() || declared.getDeclaringClass() == Object.class
                    || !signatures.add(declared.getName() + List.of(declared.getParameterTypes()))) {
                continue;
            }
            Method method = JaxRsResources.annotatedOverride(declared);
            String httpMethod = httpMethod(method);
            Path path = method.getAnnotation(Path.class);
            if (httpMethod == null && path == null) {
                continue;
            }
            if (httpMethod == null) {
                PathTemplate template = PathTemplate.of(path.value(), true);
                Class<?> returned = declared.getReturnType();
                if (template != null && returned != Object.class && returned != void.class) {
                    node.routes.add(new Route(template, List.of(), node(returned, nodes)));
                }
                continue;
            }
            Produces produces = method.getAnnotation(Produces.class);
            Consumes consumes = method.getAnnotation(Consumes.class);
            Endpoint endpoint = new Endpoint(httpMethod,
                    produces != null ? mediaTypes(produces.value()) : classProduces,
                    consumes != null ? mediaTypes(consumes.value()) : classConsumes,
                    ParameterCheck.of(declared));
            if (path == null) {
                node.endpoints.add(endpoint);
            } else {
                subResourceMethods.computeIfAbsent(path.value(), p -> new ArrayList<>()).add(endpoint);
            }
        }
        subResourceMethods.forEach((path, endpoints) -> {
            PathTemplate template = PathTemplate.of(path, false);
            if (template != null) {
                node.routes.add(new Route(template, List.copyOf(endpoints), null));
            }
        });
        node.routes.sort(ROUTE_ORDER);
        return node;
    }

    /** The class's {@code @Path}, or that of a superclass or interface (as Jersey and RESTEasy read it). */
    static Path classPath(Class<?> type) {
        return inheritedAnnotation(type, Path.class);
    }

    private static String[] inherited(Class<?> type, Class<? extends Annotation> annotation) {
        Annotation found = inheritedAnnotation(type, annotation);
        if (found instanceof Produces produces) {
            return produces.value();
        }
        return found instanceof Consumes consumes ? consumes.value() : new String[0];
    }

    private static <A extends Annotation> A inheritedAnnotation(Class<?> type, Class<A> annotation) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            A found = c.getAnnotation(annotation);
            if (found != null) {
                return found;
            }
            for (Class<?> implemented : c.getInterfaces()) {
                found = implemented.getAnnotation(annotation);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String httpMethod(AnnotatedElement method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    /**
     * {@code @Produces}/{@code @Consumes} values as a person reads them: each listed type without its
     * parameters; {@code *}{@code /*} left out (the list then says nothing), as Jersey's model does.
     */
    static List<String> mediaTypes(String[] values) {
        Set<String> types = new LinkedHashSet<>();
        for (String value : values) {
            for (String type : value.split(",")) {
                int semicolon = type.indexOf(';');
                String bare = (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
                if (!bare.isEmpty() && !bare.startsWith("*/")) {
                    types.add(bare);
                }
            }
        }
        return List.copyOf(types);
    }
}
