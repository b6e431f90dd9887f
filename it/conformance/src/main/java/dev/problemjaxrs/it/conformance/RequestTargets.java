package dev.problemjaxrs.it.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requests that some containers refuse themselves, before any Jakarta REST code runs. */
public final class RequestTargets {

    private static final Pattern CHARSET = Pattern.compile(";\\s*charset=([^;]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIA_RANGE =
            Pattern.compile("[\\w.+*-]+/[\\w.+*-]+(\\s*;\\s*[\\w.+-]+=[\\w.+-]+)*");
    private static final Pattern QUALITY = Pattern.compile(";\\s*q=([^;,\\s]*)");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+(\\s*;\\s*[\\w.+-]+=[\\w.+-]+)*");

    /** What a raw path percent-decodes to. */
    /** What a path decodes to; a control is a byte below 0x20 or 0x7F, encoded (NUL is one). */
    public record DecodedPath(boolean hasNul, boolean hasSlash, boolean validUtf8, boolean hasControl) {
    }

    private RequestTargets() {
    }

    /**
     * Whether a Content-Type cannot be parsed as a media type. Jersey's servlet layer parses it before the
     * application sees the request (to find form parameters) and answers {@code sendError(400)}.
     */
    public static boolean unparseableMediaType(String contentType) {
        return contentType != null && !MEDIA_TYPE.matcher(contentType).matches();
    }

    /** Whether a Content-Type names a charset parameter that this JVM does not support. */
    public static boolean unsupportedCharset(String contentType) {
        if (contentType == null) {
            return false;
        }
        Matcher charset = CHARSET.matcher(contentType);
        if (!charset.find()) {
            return false;
        }
        try {
            return !Charset.isSupported(charset.group(1).replace("\"", ""));
        } catch (IllegalCharsetNameException e) {
            return true;
        }
    }

    /**
     * Whether a path breaks RFC 3986 in a way Jetty 12's default URI compliance refuses (Jetty's own 400
     * before any servlet runs): an encoded NUL, slash, percent sign, control character, DEL or backslash,
     * bytes that are not UTF-8, an encoded dot segment, or an empty segment. Path parameters are not checked.
     */
    public static boolean breaksStrictUriCompliance(String rawTarget) {
        int query = rawTarget.indexOf('?');
        String path = query < 0 ? rawTarget : rawTarget.substring(0, query);
        String[] segments = path.replaceAll(";[^/]*", "").split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty() && i < segments.length - 1) {
                return true;
            }
            String decoded = segment.replaceAll("(?i)%2e", ".");
            if (!decoded.equals(segment) && (decoded.equals(".") || decoded.equals(".."))) {
                return true;
            }
            for (int at = segment.indexOf('%'); at >= 0 && at + 2 < segment.length(); at = segment.indexOf('%', at + 3)) {
                int value = Integer.parseInt(segment.substring(at + 1, at + 3), 16);
                if (value < 0x20 || value == 0x7f || value == '/' || value == '%' || value == '\\') {
                    return true;
                }
            }
        }
        return !decodePath(rawTarget, false).validUtf8();
    }

    /** Whether the query of a raw request target percent-decodes to bytes that are not UTF-8. */
    public static boolean queryNotUtf8(String rawTarget) {
        int query = rawTarget.indexOf('?');
        return query >= 0 && !decodePath(rawTarget.substring(query + 1), true).validUtf8();
    }

    /**
     * Whether RESTEasy's servlet layer refuses the request before any provider runs (WildFly, Open Liberty):
     * {@code ServletContainerDispatcher.service} (resteasy-core 6.2) builds the request's headers and UriInfo
     * first, {@code ServletUtil.extractHttpHeaders} parsing Accept and Content-Type at once
     * ({@code ResteasyHttpHeaders.testParsing}), then {@code extractUriInfo} decoding the path. Whatever fails
     * there is answered {@code sendError(400)} by the servlet container and logged as RESTEASY002130: a
     * path whose percent-encoding is not UTF-8, an Accept or Content-Type that is not a media type.
     *
     * @param header the request's value of a header, or null
     */
    public static boolean refusedByResteasyServlet(String rawTarget, Function<String, String> header) {
        return !decodePath(rawTarget, true).validUtf8() || unparseableAccept(header.apply("Accept"))
                || unparseableMediaType(header.apply("Content-Type"));
    }

    /**
     * Whether an Accept header holds an element that is not a media range with well-formed parameters and
     * a numeric {@code q}. RESTEasy's servlet layer parses it before any provider runs.
     */
    public static boolean unparseableAccept(String accept) {
        if (accept == null) {
            return false;
        }
        for (String range : accept.split(",", -1)) {
            if (!MEDIA_RANGE.matcher(range.trim()).matches()) {
                return true;
            }
            Matcher quality = QUALITY.matcher(range);
            if (quality.find()) {
                try {
                    Double.parseDouble(quality.group(1));
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Decodes the path of a raw request target (the query is ignored).
     *
     * @param withPathParameters whether {@code ;name=value} path parameters are decoded too (Payara,
     *                           Quarkus) or removed first (Tomcat)
     */
    public static DecodedPath decodePath(String rawTarget, boolean withPathParameters) {
        int query = rawTarget.indexOf('?');
        String path = query < 0 ? rawTarget : rawTarget.substring(0, query);
        if (!withPathParameters) {
            path = path.replaceAll(";[^/]*", "");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean nul = false;
        boolean slash = false;
        boolean control = false;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '%' && i + 2 < path.length()) {
                int decoded = Integer.parseInt(path.substring(i + 1, i + 3), 16);
                nul |= decoded == 0;
                slash |= decoded == '/';
                control |= decoded < 0x20 || decoded == 0x7f;
                bytes.write(decoded);
                i += 2;
            } else {
                bytes.write(path.charAt(i));
            }
        }
        boolean utf8;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            utf8 = true;
        } catch (CharacterCodingException e) {
            utf8 = false;
        }
        return new DecodedPath(nul, slash, utf8, control);
    }
}
