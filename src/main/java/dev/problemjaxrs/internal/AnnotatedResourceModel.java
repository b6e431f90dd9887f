package dev.problemjaxrs.internal;

import static dev.problemjaxrs.internal.ResourceClasses.ROUTE_ORDER;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.internal.ResourceClasses.Endpoint;
import dev.problemjaxrs.internal.ResourceClasses.Node;
import dev.problemjaxrs.internal.ResourceClasses.Root;
import dev.problemjaxrs.internal.ResourceClasses.Route;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The resource model of a runtime that does not expose its own (Quarkus REST, RESTEasy; any runtime
 * but Jersey), read from the application's resource classes and their annotations, as the Jakarta REST
 * specification defines them. Built once per application, lazily: on the first error that needs it, the
 * root classes' paths; a class's methods when a request first reaches that class. An error then costs one
 * walk of the specification's matching algorithm (section 3.7.2) over precompiled templates, and no
 * reflection once the classes it reaches have been read.
 *
 * <p>It answers what the runtime's own 405, 406 and 415 leave out (the resource's methods and media
 * types) and which declared parameter of the addressed method holds a value that does not convert.
 */
final class AnnotatedResourceModel implements ResourceModel {

    /** Sub-resource locators followed at most this deep: a locator may return its own class. */
    static final int MAX_LOCATOR_DEPTH = 16;

    private final Supplier<? extends Collection<Class<?>>> classes;
    private volatile List<Root> roots;
    /** Resource classes read so far (guarded by this); a class is read once, when a request first reaches it. */
    private final Map<Class<?>, Node> nodes = new HashMap<>();

    private final Predicate<ContainerRequestContext> runtimeAllowIsWrong;

    /** @param classes the application's classes (resources and others), asked once, on first use */
    AnnotatedResourceModel(Supplier<? extends Collection<Class<?>>> classes) {
        this(classes, request -> false);
    }

    /**
     * @param classes             asked on first use, and again while they are none (a runtime that names
     *                            its resources only on a request's thread)
     * @param runtimeAllowIsWrong whether the runtime's own {@code Allow} on this request's response does
     *                            not describe the addressed resource
     */
    AnnotatedResourceModel(Supplier<? extends Collection<Class<?>>> classes,
            Predicate<ContainerRequestContext> runtimeAllowIsWrong) {
        this.classes = classes;
        this.runtimeAllowIsWrong = runtimeAllowIsWrong;
    }

    @Override
    public boolean replacesRuntimeAllow(ContainerRequestContext request) {
        return runtimeAllowIsWrong.test(request);
    }

    @Override
    public List<String> produces(ContainerRequestContext request) {
        return produces(forMethod(request.getMethod(), matched(request)));
    }

    @Override
    public List<String> consumes(ContainerRequestContext request) {
        return consumes(forMethod(request.getMethod(), matched(request)));
    }

    @Override
    public List<String> allowedMethods(ContainerRequestContext request) {
        List<Endpoint> matched = matched(request);
        return matched == null ? List.of() : allowed(matched);
    }

    /**
     * True where the path addresses a resource that lacks the request's method: the specification's 405,
     * which a runtime may have answered 404 (see {@code ProblemRenderer}).
     */
    @Override
    public boolean refusesMethod(ContainerRequestContext request) {
        String method = request.getMethod();
        List<Endpoint> matched = matched(request);
        return matched != null && !matched.isEmpty() && !"HEAD".equals(method) && !"OPTIONS".equals(method)
                && withMethod(matched, method).isEmpty();
    }

    @Override
    public Type parameterType(ContainerRequestContext request, Class<? extends Annotation> source, String name) {
        for (Endpoint endpoint : forMethod(request.getMethod(), matched(request))) {
            for (ParameterCheck parameter : endpoint.parameters()) {
                if (parameter.source() == source && parameter.name().equals(name)) {
                    return parameter.type();
                }
            }
        }
        return null;
    }

    @Override
    public List<InvalidParameter> unconvertedParameters(ContainerRequestContext request) {
        Map<String, InvalidParameter> failed = new TreeMap<>();
        for (Endpoint endpoint : forMethod(request.getMethod(), matched(request))) {
            for (ParameterCheck parameter : endpoint.parameters()) {
                if (!parameter.converts(request)) {
                    failed.putIfAbsent(parameter.name(), new InvalidParameter(parameter.name(), parameter.reason()));
                }
            }
        }
        return List.copyOf(failed.values());
    }

    /** The HTTP methods a request to {@code path} may use, as {@code Allow} lists them; empty if none matches. */
    List<String> allowedMethods(String path) {
        List<Endpoint> matched = candidates(path);
        return matched == null ? List.of() : allowed(matched);
    }

    /** What the resource at {@code path} produces for {@code method}, without wildcards. */
    List<String> produces(String method, String path) {
        return produces(forMethod(method, candidates(path)));
    }

    /** What the resource at {@code path} consumes for {@code method}, without wildcards. */
    List<String> consumes(String method, String path) {
        return consumes(forMethod(method, candidates(path)));
    }

    private static List<String> produces(List<Endpoint> endpoints) {
        Set<String> types = new LinkedHashSet<>();
        endpoints.forEach(endpoint -> types.addAll(endpoint.produces()));
        return List.copyOf(types);
    }

    private static List<String> consumes(List<Endpoint> endpoints) {
        Set<String> types = new LinkedHashSet<>();
        endpoints.forEach(endpoint -> types.addAll(endpoint.consumes()));
        return List.copyOf(types);
    }

    /** The candidates for the request's path; null if none, or if the request cannot tell its path. */
    private List<Endpoint> matched(ContainerRequestContext request) {
        try {
            return candidates(path(request));
        } catch (RuntimeException e) {
            // an error response is being rendered: a model that cannot answer must not break it
            return null;
        }
    }

    private static List<String> allowed(List<Endpoint> endpoints) {
        Set<String> names = new TreeSet<>();
        for (Endpoint endpoint : endpoints) {
            names.add(endpoint.httpMethod());
        }
        if (names.contains("GET")) {
            names.add("HEAD");
        }
        names.add("OPTIONS");
        return List.copyOf(names);
    }

    /** The matched resource's methods for an HTTP method ({@code HEAD} falls back to {@code GET}). */
    private static List<Endpoint> forMethod(String method, List<Endpoint> matched) {
        if (matched == null) {
            return List.of();
        }
        List<Endpoint> selected = withMethod(matched, method);
        if (selected.isEmpty() && "HEAD".equals(method)) {
            selected = withMethod(matched, "GET");
        }
        return selected;
    }

    private static List<Endpoint> withMethod(List<Endpoint> endpoints, String method) {
        List<Endpoint> selected = new ArrayList<>(endpoints.size());
        for (Endpoint endpoint : endpoints) {
            if (endpoint.httpMethod().equals(method)) {
                selected.add(endpoint);
            }
        }
        return selected;
    }

    /** The request's path relative to the application, without matrix parameters (as matching sees it). */
    private static String path(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        int semicolon = path.indexOf(';');
        if (semicolon < 0) {
            return path;
        }
        StringBuilder bare = new StringBuilder(path.length());
        boolean matrix = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/') {
                matrix = false;
            } else if (c == ';') {
                matrix = true;
            }
            if (!matrix) {
                bare.append(c);
            }
        }
        return bare.toString();
    }

    /**
     * Steps 1 and 2 of the specification's matching algorithm: the set M of resource methods a request
     * to {@code path} is matched against (before its HTTP method and media types are considered), or
     * null where the runtime would answer 404.
     */
    List<Endpoint> candidates(String path) {
        String remaining = path.startsWith("/") ? path : "/" + path;
        List<Root> all = roots();
        PathTemplate first = null;
        String tail = null;
        List<Node> nodes = new ArrayList<>();
        for (Root root : all) {
            if (first != null) {
                // every class with the same regular expression as the first match (step 1 g)
                if (root.template().sameAs(first)) {
                    nodes.add(nodeOf(root));
                }
                continue;
            }
            String rest = root.template().match(remaining);
            if (rest != null) {
                first = root.template();
                tail = rest;
                nodes.add(nodeOf(root));
            }
        }
        return first == null ? null : within(nodes, tail, 0);
    }

    private static List<Endpoint> within(List<Node> nodes, String path, int depth) {
        if (path.isEmpty() || path.equals("/")) {
            List<Endpoint> endpoints = new ArrayList<>();
            nodes.forEach(node -> endpoints.addAll(node.endpoints));
            return endpoints;
        }
        Route best = null;
        for (Node node : nodes) {
            for (Route route : node.routes) {
                if ((best == null || ROUTE_ORDER.compare(route, best) < 0) && route.template().match(path) != null) {
                    best = route;
                }
            }
        }
        if (best == null) {
            return null;
        }
        if (best.locator() != null) {
            return depth >= MAX_LOCATOR_DEPTH ? null
                    : within(List.of(best.locator()), best.template().match(path), depth + 1);
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (Node node : nodes) {
            for (Route route : node.routes) {
                if (route.locator() == null && route.template().sameAs(best.template())) {
                    endpoints.addAll(route.endpoints());
                }
            }
        }
        return endpoints;
    }

    private List<Root> roots() {
        List<Root> built = roots;
        if (built == null) {
            synchronized (this) {
                built = roots;
                if (built == null) {
                    built = ResourceClasses.build(classes.get());
                    roots = built.isEmpty() ? null : built;
                }
            }
        }
        return built;
    }

    /**
     * A root class's methods and routes, read on first use with the classes its locators return; after
     * that without taking the lock, so that a burst of errors does not queue on it.
     */
    private Node nodeOf(Root root) {
        Node node = root.node;
        if (node == null) {
            synchronized (this) {
                node = root.node;
                if (node == null) {
                    node = ResourceClasses.node(root.type, nodes);
                    root.node = node;
                }
            }
        }
        return node;
    }
}
