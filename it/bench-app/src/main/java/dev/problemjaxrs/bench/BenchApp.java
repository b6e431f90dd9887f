package dev.problemjaxrs.bench;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/**
 * The benchmarked API, identical in every server: one resource per scenario family, no state, so
 * that what is measured is the runtime's and the error handler's work, not the application's.
 */
public final class BenchApp {

    private BenchApp() {
    }

    public static Set<Class<?>> resources() {
        return Set.of(Items.class, Boom.class, Conflict.class);
    }

    /** A small JSON list (200), and a Jackson-bound, validated body (400 malformed JSON, 422 violations). */
    @Path("/items")
    public static final class Items {

        private static final List<Item> ITEMS = List.of(new Item("apple", 3), new Item("pear", 5));

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public List<Item> list() {
            return ITEMS;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Response create(@Valid @NotNull Item item) {
            return Response.status(201).entity(item).build();
        }
    }

    /** An unexpected failure: 500. */
    @Path("/boom")
    public static final class Boom {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String boom() {
            throw new IllegalStateException("boom");
        }
    }

    /** An error the resource answers itself, without a body. */
    @Path("/conflict")
    public static final class Conflict {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Response conflict() {
            return Response.status(409).build();
        }
    }

    /** Public fields: Jackson and Hibernate Validator both read them without accessors. */
    public static final class Item {
        @NotBlank
        public String name;
        @Min(1)
        public int quantity;

        public Item() {
        }

        Item(String name, int quantity) {
            this.name = name;
            this.quantity = quantity;
        }
    }
}
