package dev.problemjaxrs.it.conformance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile but well-formed HTTP requests against the sample API, from a seed so that a failure replays.
 * Every request is valid HTTP and its target a valid URI: what is not (a raw backslash, {@code %zz},
 * a body on DELETE for Grizzly) is refused by the container before any Jakarta REST code runs, so no
 * provider can answer it. Request heads stay under 8 KiB, the common container limit.
 */
final class Fuzzer {

    /**
     * One generated request; {@code traceId} is the trace id its headers carry validly, or null;
     * {@code stalled} whether its client stops sending before the body's announced end and waits.
     */
    record Request(String method, String target, byte[] body, List<String> headers, String traceId,
                   boolean stalled) {

        /** The value of a header this request carries, or null. */
        String header(String name) {
            for (int i = 0; i < headers.size(); i += 2) {
                if (headers.get(i).equalsIgnoreCase(name)) {
                    return headers.get(i + 1);
                }
            }
            return null;
        }

        /** Whether the client framed the body wrongly: broken chunks, or fewer bytes than announced. */
        boolean misframed() {
            return header("Transfer-Encoding") != null || header("Content-Length") != null;
        }

        String describe() {
            String shown = target.length() > 100 ? target.substring(0, 100) + "..." : target;
            StringBuilder text = new StringBuilder(method).append(' ').append(shown);
            for (int i = 0; i < headers.size(); i += 2) {
                String value = headers.get(i + 1);
                text.append(" | ").append(headers.get(i)).append(": ")
                        .append(value.length() > 60 ? value.substring(0, 60) + "..." : value);
            }
            return text.append(" | body=").append(body == null ? "none" : body.length + " bytes")
                    .append(stalled ? ", then stalled" : "").toString();
        }
    }

    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "PROPFIND",
        "get", "FOO", "X-CUSTOM-VERB"};
    private static final String[] PATHS = {"/accounts/%s/secrets", "/accounts/%s/profile", "/accounts/%s/usage",
        "/accounts/%s/jobs/7", "/accounts/%s/balance", "/accounts/%s/secrets/s-1", "/accounts/ABC123/secrets",
        "/no/such/route", "/", "/accounts"};
    private static final String[] ACCEPTS = {"application/json", "text/html", "application/xml", "*/*", "x/y/z",
        "application/json;q=abc", "application/problem+json", ";;;", "text/*, */*;q=0.1"};
    private static final String[] CONTENT_TYPES = {"application/json", "text/plain", "application/json; charset=ebcdic",
        "foo", "application/json; charset=utf-16", "application/x-www-form-urlencoded", "multipart/form-data",
        "application/json;;", "text/plain; charset=utf-9", "application/x-www-form-urlencoded; charset=latin-99",
        "text/plain; charset=\"\"", "application/json; charset=x-unknown", "text/plain; charset=iso-8859-1"};
    private static final String HEX = "0123456789abcdef";
    /** Each fails on its first bytes, so no server waits for more. */
    private static final String[] BROKEN_CHUNKS = {"ZZ\r\nhello\r\n0\r\n\r\n", "5\r\nhelloXX\r\n0\r\n\r\n",
        "-1\r\nx\r\n0\r\n\r\n", "5;\u0000\r\nhello\r\n0\r\n\r\n"};

    private final Random random;
    private final String prefix;
    private final boolean stalls;

    /** @param stalls whether some clients stall in their body (each costs the server's read timeout) */
    Fuzzer(long seed, String prefix, boolean stalls) {
        this.random = new Random(seed);
        this.prefix = prefix;
        this.stalls = stalls;
    }

    Request next() {
        String method = pick(METHODS);
        String path = String.format(pick(PATHS), random.nextInt(4) == 0 ? "a1b2c3d4" : hex(8));
        String target = prefix + mutatePath(path) + query();
        List<String> headers = new ArrayList<>();
        String traceId = traceHeaders(headers);
        if (random.nextBoolean()) {
            headers.add("Accept");
            headers.add(pick(ACCEPTS));
        }
        byte[] body = null;
        boolean stalled = false;
        // bodies only where the method defines one: Grizzly refuses a DELETE with a body by itself
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            headers.add("Content-Type");
            headers.add(pick(CONTENT_TYPES));
            body = body();
            int framing = random.nextInt(10);
            if (framing == 0) {
                // framing the client got wrong: chunk sizes that are not hex, chunk data without its CRLF
                headers.add("Transfer-Encoding");
                headers.add("chunked");
                body = pick(BROKEN_CHUNKS).getBytes(StandardCharsets.ISO_8859_1);
            } else if (framing == 1 || framing == 2 && stalls) {
                // a body cut short: more bytes promised than sent before the client stops sending, and
                // either ends the connection or stalls, leaving it open
                headers.add("Content-Length");
                headers.add(Integer.toString(body.length + 1 + random.nextInt(100)));
                stalled = framing == 2;
            }
        }
        return new Request(method, target, body, headers, traceId, stalled);
    }

    private String mutatePath(String path) {
        return switch (random.nextInt(8)) {
            case 0 -> path + "/" + encodedJunk(1 + random.nextInt(12));
            case 1 -> path + "/" + "x".repeat(1000 + random.nextInt(3000));
            case 2 -> path.replace("/secrets", "/%2e%2e/secrets");
            case 3 -> path + "%ff%fe%00";
            case 4 -> path + ";m=" + encodedJunk(4);
            case 5 -> path.toUpperCase();
            default -> path;
        };
    }

    private String query() {
        return switch (random.nextInt(6)) {
            case 0 -> "?limit=" + encodedJunk(3);
            case 1 -> "?limit=" + (random.nextInt(1000) - 500);
            case 2 -> "?" + encodedJunk(5) + "=" + encodedJunk(5) + "&limit=ten";
            default -> "";
        };
    }

    /** Adds trace headers; returns the trace id the server must use, or null if none is valid. */
    private String traceHeaders(List<String> headers) {
        String trace = hex(32);
        switch (random.nextInt(7)) {
            case 0 -> {
                headers.add("traceparent");
                headers.add("00-" + trace + "-" + hex(16) + "-01");
                return trace;
            }
            case 1 -> {
                headers.add("traceparent");
                headers.add("00-" + trace + "-" + hex(16) + "-01" + "f".repeat(1000 + random.nextInt(2000)));
            }
            case 2 -> {
                headers.add("traceparent");
                headers.add("00-" + trace.toUpperCase() + "-" + hex(16) + "-01");
            }
            case 3 -> {
                headers.add("traceparent");
                headers.add("00-" + trace + "-" + hex(16) + "-01");
                headers.add("traceparent");
                headers.add("00-" + hex(32) + "-" + hex(16) + "-01");
            }
            case 4 -> {
                headers.add("X-Request-Id");
                headers.add(random.nextBoolean() ? "<script>" + hex(10) : "'; DROP TABLE accounts; --");
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    private byte[] body() {
        return switch (random.nextInt(11)) {
            case 8 -> "secret=%ZZ%&&==&secret=Abcdefgh1".getBytes(StandardCharsets.ISO_8859_1);
            case 9 -> "plain text \u00e9\u00e8".getBytes(StandardCharsets.ISO_8859_1);
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(2048)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 1 -> "{\"secret\":\"Abcdefgh1\"".getBytes(StandardCharsets.UTF_8);
            case 2 -> ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"age\":" + "9".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{\"secret\":\"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 5 -> "{\"secret\":\"Abcdefgh1\"}".getBytes(StandardCharsets.UTF_16);
            case 6 -> "{\"display_name\":[],\"address\":7,\"contacts\":{}}".getBytes(StandardCharsets.UTF_8);
            case 7 -> new byte[0];
            default -> "{\"secret\":\"abc\"}".getBytes(StandardCharsets.UTF_8);
        };
    }

    private String encodedJunk(int bytes) {
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < bytes; i++) {
            junk.append('%').append(HEX.charAt(random.nextInt(16))).append(HEX.charAt(random.nextInt(16)));
        }
        return junk.toString();
    }

    private String hex(int length) {
        StringBuilder hex = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            hex.append(HEX.charAt(random.nextInt(16)));
        }
        if (hex.chars().allMatch(c -> c == '0')) {
            hex.setCharAt(0, '1');
        }
        return hex.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
