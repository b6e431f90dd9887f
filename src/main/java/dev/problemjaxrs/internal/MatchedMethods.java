package dev.problemjaxrs.internal;

import dev.problemjaxrs.internal.ResourceClasses.Endpoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the resource methods a request's path matched ({@link ResourceMatcher}) offer, as
 * {@link AnnotatedResourceModel} answers it: those of one HTTP method, the methods {@code Allow} lists,
 * the media types they produce and consume.
 */
final class MatchedMethods {

    private MatchedMethods() {
    }

    /** The matched resource's methods for an HTTP method ({@code HEAD} falls back to {@code GET}). */
    static List<Endpoint> forMethod(String method, List<Endpoint> matched) {
        if (matched == null) {
            return List.of();
        }
        List<Endpoint> selected = withMethod(matched, method);
        if (selected.isEmpty() && "HEAD".equals(method)) {
            selected = withMethod(matched, "GET");
        }
        return selected;
    }

    static List<Endpoint> withMethod(List<Endpoint> endpoints, String method) {
        List<Endpoint> selected = new ArrayList<>(endpoints.size());
        for (Endpoint endpoint : endpoints) {
            if (endpoint.httpMethod().equals(method)) {
                selected.add(endpoint);
            }
        }
        return selected;
    }

    static List<String> allowed(List<Endpoint> endpoints) {
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

    static List<String> produces(List<Endpoint> endpoints) {
        Set<String> types = new LinkedHashSet<>();
        endpoints.forEach(endpoint -> types.addAll(endpoint.produces()));
        return List.copyOf(types);
    }

    static List<String> consumes(List<Endpoint> endpoints) {
        Set<String> types = new LinkedHashSet<>();
        endpoints.forEach(endpoint -> types.addAll(endpoint.consumes()));
        return List.copyOf(types);
    }
}
