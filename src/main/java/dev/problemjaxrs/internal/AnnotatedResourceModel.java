package dev.problemjaxrs.internal;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.internal.ResourceClasses.Endpoint;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The resource model of a runtime that does not expose its own (Quarkus REST, RESTEasy; any runtime
 * but Jersey), read from the application's resource classes and their annotations, as the Jakarta REST
 * specification defines them. Built once per application, lazily: on the first error that needs it, the
 * root classes' paths; a class's methods when a request first reaches that class. An error then costs one
 * walk of the specification's matching algorithm (section 3.7.2) over precompiled templates
 * ({@link ResourceMatcher}), and no reflection once the classes it reaches have been read.
 *
 * <p>It answers what the runtime's own 405, 406 and 415 leave out (the resource's methods and media
 * types) and which declared parameter of the addressed method holds a value that does not convert.
 */
final class AnnotatedResourceModel implements ResourceModel {

    private final ResourceMatcher matcher;
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
        this.matcher = new ResourceMatcher(classes);
        this.runtimeAllowIsWrong = runtimeAllowIsWrong;
    }

    @Override
    public boolean replacesRuntimeAllow(ContainerRequestContext request) {
        return runtimeAllowIsWrong.test(request);
    }

    @Override
    public List<String> produces(ContainerRequestContext request) {
        return MatchedMethods.produces(MatchedMethods.forMethod(request.getMethod(), matched(request)));
    }

    @Override
    public List<String> consumes(ContainerRequestContext request) {
        return MatchedMethods.consumes(MatchedMethods.forMethod(request.getMethod(), matched(request)));
    }

    @Override
    public List<String> allowedMethods(ContainerRequestContext request) {
        List<Endpoint> matched = matched(request);
        return matched == null ? List.of() : MatchedMethods.allowed(matched);
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
                && MatchedMethods.withMethod(matched, method).isEmpty();
    }

    @Override
    public Type parameterType(ContainerRequestContext request, Class<? extends Annotation> source, String name) {
        for (Endpoint endpoint : MatchedMethods.forMethod(request.getMethod(), matched(request))) {
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
        for (Endpoint endpoint : MatchedMethods.forMethod(request.getMethod(), matched(request))) {
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
        List<Endpoint> matched = matcher.candidates(path);
        return matched == null ? List.of() : MatchedMethods.allowed(matched);
    }

    /** What the resource at {@code path} produces for {@code method}, without wildcards. */
    List<String> produces(String method, String path) {
        return MatchedMethods.produces(MatchedMethods.forMethod(method, matcher.candidates(path)));
    }

    /** What the resource at {@code path} consumes for {@code method}, without wildcards. */
    List<String> consumes(String method, String path) {
        return MatchedMethods.consumes(MatchedMethods.forMethod(method, matcher.candidates(path)));
    }

    /** The candidates for the request's path; null if none, or if the request cannot tell its path. */
    private List<Endpoint> matched(ContainerRequestContext request) {
        try {
            return matcher.candidates(request);
        } catch (RuntimeException e) {
            // an error response is being rendered: a model that cannot answer must not break it
            return null;
        }
    }
}
