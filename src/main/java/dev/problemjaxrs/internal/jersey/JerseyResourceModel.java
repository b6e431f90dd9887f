package dev.problemjaxrs.internal.jersey;

import dev.problemjaxrs.internal.naming.JaxRsResources;
import dev.problemjaxrs.internal.ResourceModel;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.RuntimeResource;

/**
 * Jersey pushes the matched resource before it selects a method, so even after a 405, 406 or 415 the
 * resource's methods are known. Their media types are computed once per resource and HTTP method; a
 * parameter's type comes from the matched method, whose parameters are read once per method.
 */
final class JerseyResourceModel implements ResourceModel {

    private record Key(RuntimeResource resource, String method) {
    }

    private record Types(List<String> produces, List<String> consumes) {
    }

    private final Map<Key, Types> types = new ConcurrentHashMap<>();
    private final Map<RuntimeResource, List<String>> methods = new ConcurrentHashMap<>();

    @Override
    public List<String> produces(ContainerRequestContext request) {
        Types found = types(request);
        return found == null ? List.of() : found.produces();
    }

    @Override
    public List<String> consumes(ContainerRequestContext request) {
        Types found = types(request);
        return found == null ? List.of() : found.consumes();
    }

    @Override
    public List<String> allowedMethods(ContainerRequestContext request) {
        RuntimeResource resource = matched(request);
        return resource == null ? List.of() : methods.computeIfAbsent(resource, JerseyResourceModel::httpMethods);
    }

    @Override
    public Type parameterType(ContainerRequestContext request, Class<? extends Annotation> source, String name) {
        if (request.getUriInfo() instanceof ExtendedUriInfo info && info.getMatchedResourceMethod() != null) {
            Method method = info.getMatchedResourceMethod().getInvocable().getDefinitionMethod();
            return JaxRsResources.typeOf(method, source, name);
        }
        return null;
    }

    /** Jersey records the exception before it sends a {@code WebApplicationException}'s own entity. */
    @Override
    public Throwable unmappedException(ContainerRequestContext request) {
        return request.getUriInfo() instanceof ExtendedUriInfo info ? info.getMappedThrowable() : null;
    }

    private Types types(ContainerRequestContext request) {
        RuntimeResource resource = matched(request);
        if (resource == null) {
            return null;
        }
        return types.computeIfAbsent(new Key(resource, request.getMethod()), JerseyResourceModel::compute);
    }

    private static RuntimeResource matched(ContainerRequestContext request) {
        if (request.getUriInfo() instanceof ExtendedUriInfo info) {
            List<RuntimeResource> matched = info.getMatchedRuntimeResources();
            return matched.isEmpty() ? null : matched.get(0);
        }
        return null;
    }

    private static Types compute(Key key) {
        Set<String> produces = new LinkedHashSet<>();
        Set<String> consumes = new LinkedHashSet<>();
        for (ResourceMethod method : key.resource().getResourceMethods()) {
            if (method.getHttpMethod().equals(key.method())) {
                method.getProducedTypes().stream().filter(type -> !type.isWildcardType())
                        .map(JerseyResourceModel::text).forEach(produces::add);
                method.getConsumedTypes().stream().filter(type -> !type.isWildcardType())
                        .map(JerseyResourceModel::text).forEach(consumes::add);
            }
        }
        return new Types(List.copyOf(produces), List.copyOf(consumes));
    }

    private static List<String> httpMethods(RuntimeResource resource) {
        Set<String> names = new LinkedHashSet<>();
        for (ResourceMethod method : resource.getResourceMethods()) {
            names.add(method.getHttpMethod());
        }
        if (names.contains("GET")) {
            names.add("HEAD");
        }
        names.add("OPTIONS");
        return List.copyOf(new ArrayList<>(names));
    }

    /** Without parameters such as {@code charset}: the list is for a person to read. */
    private static String text(MediaType type) {
        return type.getType() + "/" + type.getSubtype();
    }
}
