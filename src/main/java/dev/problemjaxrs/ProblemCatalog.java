package dev.problemjaxrs;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The error types of an API, each defined once. Slugs are placed under a base the catalog declares,
 * and a type defined twice with another status or title fails at once, naming both definitions:
 *
 * <pre>{@code
 * final class SecretErrors {
 *     private static final ProblemCatalog.Builder DEFINE =
 *             ProblemCatalog.under("https://example.com/errors/secret-management");
 *     static final ProblemType MAXIMUM_SECRETS =
 *             DEFINE.type(403, "maximum-secrets-allowed", "Maximum number of secrets already met");
 *     static final ProblemType SECRET_NOT_FOUND =
 *             DEFINE.type(404, "secret-not-found", "Secret not found", "The secret does not exist");
 *     static final ProblemCatalog CATALOG = DEFINE.build();
 * }
 * }</pre>
 *
 * A catalog is an immutable value: the types in the order they were defined.
 */
public final class ProblemCatalog {

    private final Map<URI, ProblemType> types;

    private ProblemCatalog(Map<URI, ProblemType> types) {
        this.types = types;
    }

    /**
     * A catalog of types defined with full type URIs.
     *
     * @throws IllegalArgumentException if one type URI is defined twice differently
     */
    public static ProblemCatalog of(ProblemType... types) {
        Builder builder = new Builder(null);
        for (ProblemType type : types) {
            builder.define(type);
        }
        return builder.build();
    }

    /**
     * A builder whose slugs become {@code <base>#<slug>}.
     *
     * @param base an absolute URI or relative reference without a fragment, such as
     *             {@code https://example.com/errors/secret-management}
     * @throws IllegalArgumentException if the base is not such a reference
     */
    public static Builder under(String base) {
        if (base == null || base.isBlank() || base.contains("#")) {
            throw new IllegalArgumentException("Problem catalog base must be a URI reference without a fragment: "
                    + base);
        }
        Problem.builder().type(base);
        return new Builder(base);
    }

    /** Every type, in the order of definition; unmodifiable. */
    public List<ProblemType> types() {
        return List.copyOf(types.values());
    }

    /** The type defined for a type URI. */
    public Optional<ProblemType> find(URI type) {
        return Optional.ofNullable(types.get(type));
    }

    @Override
    public String toString() {
        return "ProblemCatalog" + types.values();
    }

    /**
     * Collects definitions, usually in static initialisers; each definition is checked when it is made.
     * Not thread-safe; {@link #build} gives the immutable catalog.
     */
    public static final class Builder {

        private final String base;
        private final Map<URI, ProblemType> types = new LinkedHashMap<>();

        private Builder(String base) {
            this.base = base;
        }

        /**
         * Defines {@code <base>#<slug>}.
         *
         * @param slug lowercase letters, digits and single hyphens, such as {@code maximum-secrets-allowed}
         * @throws IllegalArgumentException naming the definition if it is invalid or conflicts
         * @throws IllegalStateException if this builder has no base ({@link ProblemCatalog#of})
         */
        public ProblemType type(int status, String slug, String title) {
            return define(ProblemType.of(status, typeOf(slug), title));
        }

        /** Defines {@code <base>#<slug>} with a default detail. */
        public ProblemType type(int status, String slug, String title, String defaultDetail) {
            return define(ProblemType.of(status, typeOf(slug), title).withDetail(defaultDetail));
        }

        /**
         * Adds a type defined with its full URI.
         *
         * @throws IllegalArgumentException if the same type URI is already defined differently
         */
        public ProblemType define(ProblemType type) {
            ProblemType earlier = types.putIfAbsent(type.type(), type);
            if (earlier != null && !earlier.equals(type)) {
                throw new IllegalArgumentException("Problem type " + type.type() + " is defined twice: as " + earlier
                        + " and as " + type);
            }
            return type;
        }

        /** The catalog of every type defined so far. */
        public ProblemCatalog build() {
            return new ProblemCatalog(new LinkedHashMap<>(types));
        }

        private String typeOf(String slug) {
            if (base == null) {
                throw new IllegalStateException("This catalog has no base; define full type URIs with define()");
            }
            if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("Problem slug '" + slug + "' under " + base
                        + " must be lowercase letters and digits separated by single hyphens");
            }
            return base + "#" + slug;
        }
    }
}
