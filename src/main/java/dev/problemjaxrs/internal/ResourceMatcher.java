package dev.problemjaxrs.internal;

import static dev.problemjaxrs.internal.ResourceClasses.ROUTE_ORDER;

import dev.problemjaxrs.internal.ResourceClasses.Endpoint;
import dev.problemjaxrs.internal.ResourceClasses.Node;
import dev.problemjaxrs.internal.ResourceClasses.Root;
import dev.problemjaxrs.internal.ResourceClasses.Route;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Steps 1 and 2 of the specification's matching algorithm (section 3.7.2) over the application's
 * resource classes, for {@link AnnotatedResourceModel}: which resource methods a request's path reaches,
 * before its HTTP method and media types are considered. Reads the classes lazily: the root classes' paths
 * on the first match, a class's methods when a request first reaches that class.
 */
final class ResourceMatcher {

    /** Sub-resource locators followed at most this deep: a locator may return its own class. */
    static final int MAX_LOCATOR_DEPTH = 16;

    private final Supplier<? extends Collection<Class<?>>> classes;
    private volatile List<Root> roots;
    /** Resource classes read so far (guarded by this); a class is read once, when a request first reaches it. */
    private final Map<Class<?>, Node> nodes = new HashMap<>();

    /**
     * @param classes asked on first use, and again while they are none (a runtime that names its resources
     *                only on a request's thread)
     */
    ResourceMatcher(Supplier<? extends Collection<Class<?>>> classes) {
        this.classes = classes;
    }

    /** The candidates for the request's path, as {@link #candidates(String)}. */
    List<Endpoint> candidates(ContainerRequestContext request) {
        return candidates(path(request));
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
