package dev.problemjaxrs.internal.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.problemjaxrs.Problem;
import dev.problemjaxrs.RemoteProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Reads another service's error response into a {@link RemoteProblemException}. At most
 * {@link #MAX_BODY} bytes are read; a body that is longer, is not a problem document, breaks a member's type
 * or cannot be read (the client's read timeout) gives the status's defaults and no instance. It never throws
 * anything else, and always closes the body.
 */
public final class RemoteProblemReader {

    /** The most bytes of an error body read: 64 KiB, far above any problem document. */
    public static final int MAX_BODY = 64 * 1024;

    private static final int MAX_INSTANCE = 1024;

    /** Tighter than Jackson's defaults: a problem is a flat object with one small array. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxNumberLength(20)
                    .maxStringLength(MAX_BODY).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final IntFunction<Problem> defaults;

    /** @param defaults the problem of a status whose body is not a problem document */
    public RemoteProblemReader(IntFunction<Problem> defaults) {
        this.defaults = defaults;
    }

    /**
     * @param status  from 400 to 599
     * @param headers the response's headers
     * @param body    the response's body, or null; closed here
     */
    public RemoteProblemException read(int status, Map<String, List<String>> headers, InputStream body) {
        Parsed parsed = null;
        try (InputStream in = body) {
            parsed = in == null ? null : parse(in);
        } catch (IOException | RuntimeException e) {
            // a read timeout, a reset connection, a stream already consumed: the status alone tells
            parsed = null;
        }
        return parsed == null
                ? new RemoteProblemException(status, defaults.apply(status), null, headers)
                : new RemoteProblemException(status, parsed.problem, parsed.instance, headers);
    }

    private record Parsed(Problem problem, String instance) {
    }

    /**
     * The problem and instance of a body of at most {@link #MAX_BODY} bytes that is a valid problem document,
     * or null. The buffer starts small and doubles: a typical document costs one small array.
     */
    private static Parsed parse(InputStream in) throws IOException {
        byte[] buffer = new byte[1024];
        int length = 0;
        for (int read = 0; read >= 0; read = in.read(buffer, length, buffer.length - length)) {
            length += read;
            if (length > MAX_BODY) {
                return null;
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_BODY + 1));
            }
        }
        return length == 0 ? null : parse(buffer, length);
    }

    private static Parsed parse(byte[] body, int length) {
        try (JsonParser json = JSON.createParser(body, 0, length)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Problem.Builder problem = Problem.builder();
            boolean titled = false;
            String instance = null;
            for (String name = json.nextFieldName(); name != null; name = json.nextFieldName()) {
                JsonToken value = json.nextToken();
                switch (name) {
                    case "type" -> problem.type(text(json, value));
                    case "title" -> {
                        problem.title(text(json, value));
                        titled = true;
                    }
                    case "detail" -> problem.detail(text(json, value));
                    case "instance" -> instance = instance(text(json, value));
                    case "status" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT) {
                            return null;
                        }
                    }
                    case "invalid_parameters" -> {
                        if (!invalidParameters(json, value, problem)) {
                            return null;
                        }
                    }
                    default -> json.skipChildren();
                }
            }
            if (json.currentToken() != JsonToken.END_OBJECT || json.nextToken() != null || !titled) {
                return null;
            }
            return new Parsed(problem.build(), instance);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // not JSON, over a limit, a mistyped or blank member: not a problem document
            return null;
        }
    }

    private static boolean invalidParameters(JsonParser json, JsonToken value, Problem.Builder problem)
            throws IOException {
        if (value != JsonToken.START_ARRAY) {
            return false;
        }
        while (json.nextToken() == JsonToken.START_OBJECT) {
            String name = null;
            String reason = null;
            for (String member = json.nextFieldName(); member != null; member = json.nextFieldName()) {
                JsonToken token = json.nextToken();
                switch (member) {
                    case "name" -> name = text(json, token);
                    case "reason" -> reason = text(json, token);
                    default -> json.skipChildren();
                }
            }
            problem.invalidParameter(name, reason);
        }
        return json.currentToken() == JsonToken.END_ARRAY;
    }

    private static String text(JsonParser json, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("not a string");
        }
        return json.getText();
    }

    /** A URI reference of at most 1 KiB, else null: it is logged and shown, so nothing else is kept. */
    private static String instance(String value) {
        if (value.isEmpty() || value.length() > MAX_INSTANCE) {
            return null;
        }
        try {
            new URI(value);
            return value;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
