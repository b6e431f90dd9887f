package dev.problemjaxrs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The contract every problem response meets, written once. The unit tests ({@code ProblemAssert}), the
 * black-box suite on each runtime ({@code ProblemResponse}) and the fuzzer ({@code ProblemInvariants})
 * are thin wrappers over {@link #check}.
 *
 * <p>The rules, each counted in {@link Result#invariants()} as it is checked:
 * <ol>
 * <li>the status is a client or server error (400 to 599);</li>
 * <li>the media type of {@code Content-Type} is {@code application/problem+json}, compared without case;
 *     parameters are allowed, but a {@code charset} parameter must say UTF-8;</li>
 * <li>{@code Content-Language: en};</li>
 * <li>{@code X-Content-Type-Options: nosniff};</li>
 * <li>the body is one JSON object;</li>
 * <li>with no member beyond type, title, detail, instance and invalid_parameters;</li>
 * <li>type is a non-blank string;</li>
 * <li>title is a non-blank string;</li>
 * <li>detail, if present, is a string;</li>
 * <li>invalid_parameters, if present, is an array of objects with exactly the strings name and reason;</li>
 * <li>instance is 32 lowercase hex digits;</li>
 * <li>and not all zeros;</li>
 * <li>the trace header (default {@code X-Trace-Id}, configurable) equals instance;</li>
 * <li>and nothing leaks: one invariant per {@link #LEAKS} pattern, scanned over the body without the type URI.</li>
 * </ol>
 * A response to HEAD has no body ({@code body == null}): then rules 1 to 4 hold and the trace header itself
 * must be 32 lowercase hex digits, not all zeros.
 */
public final class ProblemContract {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String DEFAULT_TRACE_HEADER = "X-Trace-Id";
    public static final Set<String> MEMBERS = Set.of("type", "title", "detail", "instance", "invalid_parameters");

    /** What a client must never see: Java class names, stack frames, exception names, secrets and internals. */
    public static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w+"), // a qualified Java class name
            Pattern.compile("\\bat [\\w.$/]+\\("),                     // a stack frame
            Pattern.compile("\tat "),
            Pattern.compile("Exception"),
            Pattern.compile("hunter2"),
            Pattern.compile("jdbc:"),
            Pattern.compile("java\\.lang"),
            Pattern.compile("com\\.fasterxml"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final String ZERO_TRACE_ID = "0".repeat(32);
    private static final ProblemContract DEFAULT = new ProblemContract(DEFAULT_TRACE_HEADER);

    private final String traceHeader;

    private ProblemContract(String traceHeader) {
        this.traceHeader = traceHeader;
    }

    /** The contract with the trace id echoed in {@code X-Trace-Id}. */
    public static ProblemContract standard() {
        return DEFAULT;
    }

    /** The contract with the trace id echoed in the given header (problemjaxrs.trace.response-header). */
    public static ProblemContract withTraceHeader(String name) {
        return new ProblemContract(Objects.requireNonNull(name, "name"));
    }

    public String traceHeader() {
        return traceHeader;
    }

    /** The outcome of one check: the parsed body (an empty object for HEAD) and how many invariants held. */
    public record Result(JsonNode body, int invariants) {

        public String instance() {
            return body.path("instance").asText();
        }
    }

    /**
     * Checks one response against every rule, failing with an {@link AssertionError} on the first broken one.
     *
     * @param status the status code
     * @param header the first value of a header by name, or null if absent; names are not case-sensitive
     * @param body the body as text, or null for a response to HEAD
     * @param context what to print on failure (request, response); null for status, headers looked up and body
     */
    public Result check(int status, Function<String, String> header, String body, String context) {
        Counter counter = new Counter(context != null ? context
                : status + " " + header.apply("Content-Type") + " " + traceHeader + "=" + header.apply(traceHeader)
                        + " " + body);
        counter.that(status >= 400 && status <= 599, "status is an error");
        counter.that(isProblemMediaType(header.apply("Content-Type")),
                "Content-Type is " + MEDIA_TYPE + ", was " + header.apply("Content-Type"));
        counter.equal("en", header.apply("Content-Language"), "Content-Language");
        counter.equal("nosniff", header.apply("X-Content-Type-Options"), "X-Content-Type-Options");
        if (body == null) {
            String traceId = header.apply(traceHeader);
            counter.that(traceId != null && TRACE_ID.matcher(traceId).matches(),
                    traceHeader + " is 32 lowercase hex digits, was " + traceId);
            counter.that(!ZERO_TRACE_ID.equals(traceId), traceHeader + " is not all zeros");
            return new Result(JSON.createObjectNode(), counter.count);
        }
        JsonNode document;
        try {
            document = JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("body is not JSON: " + counter.context, e);
        }
        counter.that(document != null && document.isObject(), "body is a JSON object");
        Set<String> unknown = new HashSet<>();
        document.fieldNames().forEachRemaining(unknown::add);
        unknown.removeAll(MEMBERS);
        counter.that(unknown.isEmpty(), "no member beyond " + MEMBERS + ", found " + unknown);
        counter.that(isNonBlankText(document.get("type")), "type is a non-blank string");
        counter.that(isNonBlankText(document.get("title")), "title is a non-blank string");
        counter.that(!document.has("detail") || document.get("detail").isTextual(), "detail is a string");
        if (document.has("invalid_parameters")) {
            counter.that(areInvalidParameters(document.get("invalid_parameters")),
                    "invalid_parameters is an array of objects with exactly the strings name and reason");
        }
        String instance = document.path("instance").isTextual() ? document.get("instance").asText() : null;
        counter.that(instance != null && TRACE_ID.matcher(instance).matches(),
                "instance is 32 lowercase hex digits, was " + instance);
        counter.that(!ZERO_TRACE_ID.equals(instance), "instance is not all zeros");
        counter.equal(instance, header.apply(traceHeader), "trace header " + traceHeader + " equals instance");
        String type = document.path("type").asText();
        String scanned = type.isEmpty() ? body : body.replace(type, "");
        for (Pattern leak : LEAKS) {
            counter.that(!leak.matcher(scanned).find(), "leaks /" + leak + "/");
        }
        return new Result(document, counter.count);
    }

    /** The media type of a Content-Type value, without parameters, in lower case; "" for null. */
    public static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isProblemMediaType(String contentType) {
        if (!MEDIA_TYPE.equals(mediaType(contentType))) {
            return false;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")
                    && !pair[1].trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNonBlankText(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank();
    }

    private static boolean areInvalidParameters(JsonNode parameters) {
        if (!parameters.isArray()) {
            return false;
        }
        for (JsonNode parameter : parameters) {
            if (!parameter.isObject() || parameter.size() != 2 || !parameter.path("name").isTextual()
                    || !parameter.path("reason").isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static final class Counter {
        final String context;
        int count;

        Counter(String context) {
            this.context = context;
        }

        void that(boolean holds, String rule) {
            if (!holds) {
                throw new AssertionError(rule + ": " + context);
            }
            count++;
        }

        void equal(Object expected, Object actual, String rule) {
            that(Objects.equals(expected, actual), rule + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }
}
