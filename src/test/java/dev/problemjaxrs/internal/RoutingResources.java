package dev.problemjaxrs.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/**
 * Resources that exercise the matching algorithm: several methods on one path, templates with and
 * without regular expressions, literal paths beside templates, sub-resource locators (one returning its
 * own class), media types on class and method, wildcards, and a resource declared by an interface.
 */
public final class RoutingResources {

    private RoutingResources() {
    }

    static Set<Class<?>> classes() {
        return Set.of(Orders.class, Special.class, CatalogResource.class);
    }

    public enum Sort { NEWEST, OLDEST }

    @Path("/orders")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Orders {
        @GET
        public String list() {
            return "[]";
        }

        @POST
        public String create(String body) {
            return body;
        }

        @GET
        @Path("{id}")
        public String get(@PathParam("id") long id) {
            return "{}";
        }

        @PUT
        @Path("{id}")
        @Consumes({"application/merge-patch+json", "application/json; charset=utf-8"})
        public String update(@PathParam("id") long id, String body) {
            return body;
        }

        @DELETE
        @Path("{id}")
        public void delete(@PathParam("id") long id) {
        }

        @GET
        @Path("{id: \\d+}/receipt")
        @Produces("application/pdf")
        public String receipt(@PathParam("id") long id) {
            return "%PDF";
        }

        @GET
        @Path("search")
        @Produces(MediaType.WILDCARD)
        public String search(@QueryParam("limit") int limit, @QueryParam("sort") Sort sort,
                             @MatrixParam("region") Integer region, @HeaderParam("X-Page") int page,
                             @QueryParam("tag") List<Long> tags, @QueryParam("q") String text) {
            return "[]";
        }

        @Path("{id}/lines")
        public Lines lines(@PathParam("id") long id) {
            return new Lines();
        }
    }

    /** Reached only through a locator; declares no media types of its own, so the default applies. */
    public static class Lines {
        @GET
        public String list() {
            return "[]";
        }

        @POST
        @Consumes("text/csv")
        public String add(String csv) {
            return csv;
        }

        @GET
        @Path("{n}")
        public String line(@PathParam("n") int n) {
            return "{}";
        }

        /** The same template as {@link #line}: the sub-resource method is chosen, never the locator. */
        @Path("{m}")
        public Lines sameTemplateAsLine() {
            return this;
        }

        /** A locator that returns its own class: matching must stop somewhere. */
        @Path("more")
        public Lines more() {
            return this;
        }
    }

    /** A root whose path is a literal under another root's template: the more literal characters win. */
    @Path("/orders/special")
    public static class Special {
        @GET
        @Produces("text/plain")
        public String get() {
            return "special";
        }
    }

    /** Declared by an interface, as API-first teams do; the class only implements. */
    @Path("/catalog")
    @Produces({"application/json", "application/xml"})
    public interface CatalogApi {
        @GET
        String name();

        @PUT
        @Consumes("text/*")
        void rename(String name);
    }

    public static class CatalogResource implements CatalogApi {
        @Override
        public String name() {
            return "{}";
        }

        @Override
        public void rename(String name) {
        }
    }
}
