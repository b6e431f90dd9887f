package dev.problemjaxrs.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The default slug, title and detail of every error status. A switch rather than an enum or map lookup:
 * every code from 400 to 599 gets an answer, so an unusual status can never produce a null.
 */
final class StatusCatalog {

    /** A status's defaults; {@code detail} may be null. */
    record Entry(String slug, String title, String detail) {
    }

    static final Entry INVALID_JSON = new Entry("invalid-json", "Malformed JSON", "Malformed JSON payload.");
    static final Entry VALIDATION =
            new Entry("validation", "Bad Request", "The request failed due to validation errors");
    static final Entry UNCONVERTED_PARAMETER =
            new Entry("bad-request", "Bad Request", "A request parameter could not be read.");
    static final Entry UNPARSEABLE_ACCEPT =
            new Entry("accept-header", "Invalid Accept header", "The Accept header could not be parsed.");
    static final Entry UNPARSEABLE_CONTENT_TYPE = new Entry("content-type-header",
            "Invalid Content-Type header", "The Content-Type header could not be parsed.");
    static final Entry UNREADABLE_BODY = new Entry("bad-request", "Bad Request",
            "The request body could not be read completely.");
    static final Entry UNSUPPORTED_CHARSET = new Entry("content-type-header", "Invalid Content-Type header",
            "The charset named in the Content-Type header is not supported.");
    static final Entry DECEPTIVE_ROUTING = new Entry("deceptive-routing", "Ambiguous request target",
            "The request path contains encoded or unusual characters that make its target ambiguous.");

    /** The entries that are not a status's default; {@link #slugs()} lists them with the statuses'. */
    private static final List<Entry> NAMED = List.of(INVALID_JSON, VALIDATION, UNCONVERTED_PARAMETER,
            UNPARSEABLE_ACCEPT, UNPARSEABLE_CONTENT_TYPE, UNREADABLE_BODY, UNSUPPORTED_CHARSET, DECEPTIVE_ROUTING);

    /** Every error status's entry, built once: rendering a problem allocates none. */
    private static final Entry[] ERRORS = new Entry[200];

    static {
        for (int status = 400; status < 600; status++) {
            ERRORS[status - 400] = compute(status);
        }
    }

    private StatusCatalog() {
    }

    static Entry of(int status) {
        return status >= 400 && status < 600 ? ERRORS[status - 400] : compute(status);
    }

    /** Every slug the catalog can give. */
    static Set<String> slugs() {
        Set<String> slugs = new HashSet<>();
        for (Entry entry : ERRORS) {
            slugs.add(entry.slug());
        }
        for (Entry entry : NAMED) {
            slugs.add(entry.slug());
        }
        return slugs;
    }

    private static Entry compute(int status) {
        return switch (status) {
            case 400 -> new Entry("bad-request", "Bad Request", "The request could not be understood.");
            case 401 -> new Entry("unauthorized", "Invalid credentials supplied",
                    "You did not provide correct credentials.");
            case 402 -> new Entry("payment-required", "Payment required", null);
            case 403 -> new Entry("forbidden", "Forbidden", "You are not allowed to perform this request.");
            case 404 -> new Entry("not-found", "Not Found", "The requested resource could not be found.");
            case 405 -> new Entry("wrong-verb", "Request method not allowed", null);
            case 406 -> new Entry("accept-header", "Invalid Accept header", "Invalid Accept header provided.");
            case 407 -> new Entry("proxy-unauthorized", "Proxy authentication required",
                    "You did not provide correct proxy credentials.");
            case 408 -> new Entry("request-timeout", "Request timeout", "The request was not completed in time.");
            case 409 -> new Entry("conflict", "Conflict",
                    "The request conflicts with the current state of the resource.");
            case 410 -> new Entry("gone", "Gone", "The resource at this location no longer exists");
            case 411 -> new Entry("length-required", "Length required", "A Content-Length header is required.");
            case 412 -> new Entry("precondition-failed", "Precondition failed",
                    "A precondition given in the request headers was not met.");
            case 413 -> new Entry("content-too-large", "Content too large", "The request body is too large.");
            case 414 -> new Entry("uri-too-long", "URI too long", "The request URI is too long.");
            case 415 -> new Entry("content-type-header", "Invalid Content-Type header",
                    "Invalid Content-Type header provided.");
            case 416 -> new Entry("range-not-satisfiable", "Range not satisfiable", null);
            case 417 -> new Entry("expectation-failed", "Expectation failed", null);
            case 418 -> new Entry("teapot", "I'm a teapot", null);
            case 421 -> new Entry("misdirected-request", "Misdirected request", null);
            case 422 -> VALIDATION;
            case 423 -> new Entry("locked", "Locked", null);
            case 424 -> new Entry("failed-dependency", "Failed dependency", null);
            case 425 -> new Entry("too-early", "Too early", null);
            case 426 -> new Entry("upgrade-required", "Upgrade required", null);
            case 428 -> new Entry("precondition-required", "Precondition required",
                    "This request must be conditional.");
            case 429 -> new Entry("rate-limited", "Rate Limited", "You have exceeded your rate limit.");
            case 431 -> new Entry("header-fields-too-large", "Request header fields too large", null);
            case 451 -> new Entry("unavailable-for-legal-reasons", "Unavailable for legal reasons", null);
            case 500 -> new Entry("internal-error", "Internal Server Error",
                    "An unexpected error occurred. Quote the instance when reporting it.");
            case 501 -> new Entry("not-implemented", "Not implemented", null);
            case 502 -> new Entry("bad-gateway", "Bad gateway", null);
            case 503 -> new Entry("service-unavailable", "Service unavailable",
                    "The service is temporarily unavailable.");
            case 504 -> new Entry("gateway-timeout", "Gateway timeout", null);
            case 505 -> new Entry("http-version-not-supported", "HTTP version not supported", null);
            case 507 -> new Entry("insufficient-storage", "Insufficient storage", null);
            case 508 -> new Entry("loop-detected", "Loop detected", null);
            case 511 -> new Entry("network-authentication-required", "Network authentication required", null);
            default -> status < 500
                    ? new Entry("client-error", "Client error", null)
                    : new Entry("server-error", "Server error", null);
        };
    }
}
