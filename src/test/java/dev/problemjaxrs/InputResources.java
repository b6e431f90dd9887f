package dev.problemjaxrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glassfish.jersey.server.ResourceConfig;

/** Resources that receive bodies and parameters, for the input-error tests. */
final class InputResources {

    private InputResources() {
    }

    static ResourceConfig application() {
        return new ResourceConfig(Accounts.class, Parameters.class, InheritingResource.class);
    }

    enum Color { RED, GREEN, BLUE }

    /** Sent as "gold" and "silver": the client never sees the Java constants. */
    enum Tier {
        @JsonProperty("gold") GOLD,
        @JsonProperty("silver") SILVER
    }

    /** Sent as its @JsonValue. */
    enum Shade {
        DARK("dark-grey"), LIGHT("light-grey");

        private final String json;

        Shade(String json) {
            this.json = json;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return json;
        }
    }

    public record Address(@NotBlank @Pattern(regexp = "\\d{5}", message = "must be 5 digits") String zip,
                          String city) {
    }

    public record Item(@NotBlank String sku, @Min(1) int qty) {
    }

    public record Account(
            @NotBlank String name,
            @JsonProperty("first_name") @JsonbProperty("first_name") @NotBlank String firstName,
            @Valid Address address,
            @Valid List<Item> items,
            List<@NotBlank String> tags,
            Color color,
            Tier tier,
            Shade shade,
            Integer age,
            @Size(min = 8) @Pattern(regexp = ".*[A-Z].*", message = "must contain 1 upper case character")
            String secret) {
    }

    public record Voucher(@JsonProperty(required = true) String code, LocalDate validUntil) {
    }

    /** No JSON library can construct it: a body type that can never be read is the server's mistake. */
    public interface Shape {
    }

    public record Drawing(Shape shape) {
    }

    /** A {@link Board} body whose figure is of no known kind, and how it is named: the same with either JSON library. */
    static final String POLYMORPHIC_VALUES = """
            {"figures":[{"kind":"circle","radius":1},{"kind":"triangle"}]} | figures[1].kind   | must be one of: circle, square
            {"figures":[{"radius":2,"kind":7}]}                            | figures[0].kind   | must be one of: circle, square
            {"figures":[{"radius":1}]}                                     | figures[0].kind   | is required
            {"figures":["circle"]}                                         | figures[0]        | must be an object
            {"figures":[{"kind":"circle","radius":"big"}]}                 | figures[0].radius | must be an integer
            """;

    /** Polymorphic: the client names the kind of each figure. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Circle.class, name = "circle"), @JsonSubTypes.Type(Square.class)})
    @jakarta.json.bind.annotation.JsonbTypeInfo(key = "kind", value = {
        @jakarta.json.bind.annotation.JsonbSubtype(alias = "circle", type = Circle.class),
        @jakarta.json.bind.annotation.JsonbSubtype(alias = "square", type = Square.class)})
    public interface Figure {
    }

    public record Circle(int radius) implements Figure {
    }

    @JsonTypeName("square")
    public record Square(int side) implements Figure {
    }

    /** Polymorphic by Java class name, which no answer may show. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    public interface Gadget {
    }

    public record Phone(String number) implements Gadget {
    }

    public record Board(List<Figure> figures, Gadget gadget) {
    }

    /** Jersey's default ObjectMapper knows no java.time; applications register one that does. */
    @Provider
    public static class JavaTimeMapper implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }

    /** Named in JSON by a class-level strategy: email_address, max_retries. */
    @com.fasterxml.jackson.databind.annotation.JsonNaming(
            com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Contact(@NotBlank String emailAddress, @Min(1) int maxRetries) {
    }

    /** Named by nothing of its own: the application's ObjectMapper-wide strategy names it in JSON. */
    public static class Delivery {
        @NotBlank
        public String streetName;
        @Min(1)
        public int houseNumber;
    }

    /** An application that writes and reads all its JSON in snake case. */
    public static class SnakeCaseMapper implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper = new ObjectMapper()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }

    @PasswordsMatch
    public record Signup(@NotBlank String password, @NotBlank String repeated) {
    }

    public static class Paging {
        @QueryParam("page_size")
        @Max(50)
        private int pageSize;

        @HeaderParam("X-Tenant")
        @NotBlank
        private String tenant;
    }

    public static class LimitBean {
        @QueryParam("limit")
        @Min(1)
        private Integer limit;
    }

    @Path("/accounts")
    public static class Accounts {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Account create(@Valid @NotNull Account account) {
            return account;
        }

        @POST
        @Path("/contact")
        public String contact(@Valid Contact contact) {
            return contact.emailAddress();
        }

        @POST
        @Path("/delivery")
        @Consumes(MediaType.APPLICATION_JSON)
        public String delivery(@Valid Delivery delivery) {
            return delivery.streetName;
        }

        @POST
        @Path("/signup")
        @Consumes(MediaType.APPLICATION_JSON)
        public String signup(@Valid Signup signup) {
            return "ok";
        }

        @POST
        @Path("/voucher")
        @Consumes(MediaType.APPLICATION_JSON)
        public String voucher(Voucher voucher) {
            return "ok";
        }

        @POST
        @Path("/many")
        @Consumes(MediaType.APPLICATION_JSON)
        public String many(@Valid List<Item> items) {
            return "ok";
        }

        @POST
        @Path("/map")
        @Consumes(MediaType.APPLICATION_JSON)
        public String map(Map<String, Object> any) {
            return "ok";
        }

        @POST
        @Path("/drawing")
        @Consumes(MediaType.APPLICATION_JSON)
        public String drawing(Drawing drawing) {
            return "ok";
        }

        @POST
        @Path("/board")
        @Consumes(MediaType.APPLICATION_JSON)
        public String board(Board board) {
            return "ok";
        }

        @GET
        @Path("/broken")
        @Produces(MediaType.APPLICATION_JSON)
        @NotNull
        public String brokenReturn() {
            return null;
        }
    }

    @Path("/params")
    public static class Parameters {
        @GET
        @Path("/query")
        public String query(@QueryParam("limit") int limit, @QueryParam("count") Long count,
                            @QueryParam("id") UUID id, @QueryParam("color") Color color,
                            @QueryParam("ratio") double ratio, @QueryParam("flag") Boolean flag,
                            @QueryParam("ids") List<Integer> ids) {
            return "ok";
        }

        @GET
        @Path("/path/{id}")
        public String path(@PathParam("id") int id) {
            return "ok";
        }

        @GET
        @Path("/header")
        public String header(@HeaderParam("X-Limit") int limit) {
            return "ok";
        }

        @GET
        @Path("/cookie")
        public String cookie(@CookieParam("page") int page) {
            return "ok";
        }

        @POST
        @Path("/form")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        public String form(@FormParam("age") int age) {
            return "ok";
        }

        @GET
        @Path("/matrix")
        public String matrix(@MatrixParam("v") int v) {
            return "ok";
        }

        @GET
        @Path("/bean")
        public String bean(@Valid @BeanParam Paging paging) {
            return "ok";
        }

        @GET
        @Path("/duplicate")
        public String duplicate(@QueryParam("limit") @Min(1) Integer limit, @Valid @BeanParam LimitBean bean) {
            return "ok";
        }

        @GET
        @Path("/constrained")
        public String constrained(@QueryParam("q") @NotBlank @Size(max = 5) String q,
                                  @HeaderParam("X-Tenant") @NotNull String tenant,
                                  @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
            return "ok";
        }
    }

    /** Jakarta REST annotations declared on an interface apply to the implementing method. */
    @Path("/inherited")
    public interface InheritedApi {
        @GET
        String find(@QueryParam("name") @Size(min = 3) String name, @QueryParam("max") @Max(10) int max);
    }

    public static class InheritingResource implements InheritedApi {
        @Override
        public String find(String name, int max) {
            return "ok";
        }
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = PasswordsMatchValidator.class)
    public @interface PasswordsMatch {
        String message() default "passwords must match";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class PasswordsMatchValidator implements ConstraintValidator<PasswordsMatch, Signup> {
        @Override
        public boolean isValid(Signup value, ConstraintValidatorContext context) {
            return value == null || value.password() == null || value.password().equals(value.repeated());
        }
    }
}
