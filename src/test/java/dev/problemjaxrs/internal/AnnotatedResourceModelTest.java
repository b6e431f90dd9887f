package dev.problemjaxrs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.test.DeploymentContext;
import org.glassfish.jersey.test.grizzly.GrizzlyTestContainerFactory;
import org.glassfish.jersey.test.spi.TestContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model read from annotations follows the specification's matching algorithm: checked against
 * Jersey's own answers on the same requests (plain Jersey, without the library), and for media types
 * against what the annotations say.
 */
class AnnotatedResourceModelTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static TestContainer jersey;
    private final AnnotatedResourceModel model = new AnnotatedResourceModel(RoutingResources::classes);

    @BeforeAll
    static void startPlainJersey() {
        ResourceConfig config = new ResourceConfig(RoutingResources.classes());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property("problemjaxrs.auto-discovery", false); // Jersey's own answers, not the library's
        jersey = new GrizzlyTestContainerFactory().create(URI.create("http://127.0.0.1:0/"),
                DeploymentContext.builder(config).build());
        jersey.start();
    }

    @AfterAll
    static void stop() {
        jersey.stop();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/orders", "/orders/", "/orders/7", "/orders/7/", "/orders/7/receipt",
            "/orders/x/receipt", "/orders/7/lines", "/orders/7/lines/3", "/orders/7/lines/more",
            "/orders/7/lines/more/more/2", "/orders/search", "/orders/special", "/orders/special/x", "/catalog",
            "/catalog/x", "/nothing", "/"})
    void allowListsWhatJerseyItselfAllowsOnTheSamePath(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(jersey.getBaseUri().resolve(path))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 404) {
            assertEquals(List.of(), model.allowedMethods(path), "Jersey found no resource at " + path);
            return;
        }
        assertEquals(405, answer.statusCode(), path);
        // HEAD and OPTIONS are answered by the runtime itself: Jersey lists OPTIONS (not beside a locator of the
        // same template) and never HEAD; the model lists both (checked below); the resource's own methods must agree
        Set<String> jerseys = new TreeSet<>(Set.of(answer.headers().firstValue("Allow").orElseThrow().split(",\\s*")));
        Set<String> models = new TreeSet<>(model.allowedMethods(path));
        jerseys.removeAll(Set.of("HEAD", "OPTIONS"));
        models.removeAll(Set.of("HEAD", "OPTIONS"));
        assertEquals(jerseys, models, path);
    }

    @Test
    void severalMethodsOnOnePathAreAllAllowed() {
        assertEquals(List.of("DELETE", "GET", "HEAD", "OPTIONS", "PUT"), model.allowedMethods("/orders/7"));
    }

    @Test
    void mediaTypesOnTheMethodReplaceThoseOnTheClass() {
        assertEquals(List.of("application/json"), model.produces("GET", "/orders/7"));
        assertEquals(List.of("application/pdf"), model.produces("GET", "/orders/7/receipt"));
        assertEquals(List.of("application/merge-patch+json", "application/json"), model.consumes("PUT", "/orders/7"));
        assertEquals(List.of("application/json"), model.consumes("POST", "/orders"));
    }

    @Test
    void aWildcardSaysNothingToList() {
        assertEquals(List.of(), model.produces("GET", "/orders/search"));
        // a locator's class without annotations: the default, */*
        assertEquals(List.of(), model.produces("GET", "/orders/7/lines"));
        assertEquals(List.of("text/csv"), model.consumes("POST", "/orders/7/lines"));
    }

    @Test
    void anInterfaceDeclaresTheResource() {
        assertEquals(List.of("application/json", "application/xml"), model.produces("GET", "/catalog"));
        assertEquals(List.of("text/*"), model.consumes("PUT", "/catalog"));
        assertEquals(List.of("GET", "HEAD", "OPTIONS", "PUT"), model.allowedMethods("/catalog"));
    }

    @Test
    void headIsAnsweredAsGet() {
        assertEquals(List.of("application/json"), model.produces("HEAD", "/orders/7"));
    }

    @Test
    void aSelfReturningLocatorStopsAtTheDepthLimit() {
        String deep = "/orders/7/lines" + "/more".repeat(ResourceMatcher.MAX_LOCATOR_DEPTH + 1);
        assertEquals(List.of(), model.allowedMethods(deep));
        assertTrue(model.allowedMethods("/orders/7/lines" + "/more".repeat(3)).contains("POST"));
    }

    /** CXF names its resources only on a request's thread: none known yet is no final answer. */
    @Test
    void classesAreAskedForAgainWhileThereAreNone() {
        List<Set<Class<?>>> answers = new ArrayList<>(List.of(Set.of(), RoutingResources.classes()));
        AnnotatedResourceModel later = new AnnotatedResourceModel(() -> answers.size() > 1 ? answers.remove(0)
                : answers.get(0));
        assertEquals(List.of(), later.allowedMethods("/catalog"));
        assertEquals(List.of("GET", "HEAD", "OPTIONS", "PUT"), later.allowedMethods("/catalog"));
    }
}
