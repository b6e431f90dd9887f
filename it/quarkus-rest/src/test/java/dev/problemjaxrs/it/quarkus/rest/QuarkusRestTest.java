package dev.problemjaxrs.it.quarkus.rest;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;

/**
 * Quarkus REST with nothing but the dependency: the library and the sample API are found through their
 * jars' Jandex indexes, the settings come from application.properties.
 */
@QuarkusTest
class QuarkusRestTest extends ConformanceSuite {

    @TestHTTPResource("/")
    URI root;

    @Override
    protected URI baseUri() {
        return root;
    }

    /**
     * Quarkus REST answers a wrong verb with a {@code NotAllowedException} whose response has no
     * {@code Allow} header (ClassRoutingHandler), and it exposes no resource model the library could ask.
     */
    @Override
    protected boolean knowsAllowedMethods() {
        return false;
    }

    /**
     * Its {@code NotAcceptableException} and {@code NotSupportedException} carry no media types, and the
     * resource model that could tell them is Jersey's only.
     */
    @Override
    protected boolean knowsResourceMediaTypes() {
        return false;
    }

    /**
     * A value that does not convert becomes {@code new NotFoundException(cause)} (query, path, matrix) or
     * {@code new BadRequestException(cause)} (header, cookie, form) in ParameterHandler; the cause is the
     * converter's exception (e.g. {@code NumberFormatException}). The parameter's name is nowhere in it.
     */
    @Override
    protected boolean namesUnconvertibleParameters() {
        return false;
    }

    /** Quarkus REST builds the request's URI from Vert.x's normalised absolute URI. */
    @Override
    protected boolean normalizesDotSegments() {
        return true;
    }
}
