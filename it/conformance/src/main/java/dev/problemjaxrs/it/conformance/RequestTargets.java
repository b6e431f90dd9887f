package dev.problemjaxrs.it.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requests that some containers refuse themselves, before any Jakarta REST code runs. */
public final class RequestTargets {

    private static final Pattern MEDIA_RANGE =
            Pattern.compile("[\\w.+*-]+/[\\w.+*-]+(\\s*;\\s*[\\w.+-]+=[\\w.+-]+)*");
    private static final Pattern QUALITY = Pattern.compile(";\\s*q=([^;,\\s]*)");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+(\\s*;\\s*[\\w.+-]+=[\\w.+-]+)*");

    /** What a raw path percent-decodes to. */
    public record DecodedPath(boolean hasNul, boolean hasSlash, boolean validUtf8) {
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
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '%' && i + 2 < path.length()) {
                int decoded = Integer.parseInt(path.substring(i + 1, i + 3), 16);
                nul |= decoded == 0;
                slash |= decoded == '/';
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
        return new DecodedPath(nul, slash, utf8);
    }
}
