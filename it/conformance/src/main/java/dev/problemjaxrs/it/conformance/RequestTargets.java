package dev.problemjaxrs.it.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Requests that some containers refuse themselves, before any Jakarta REST code runs. */
public final class RequestTargets {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+(\\s*;\\s*[\\w.+-]+=[\\w.+-]+)*");

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
     * Whether the path (without query) percent-decodes to a NUL, to bytes that are not UTF-8, or, if
     * {@code slashCounts}, to a slash.
     *
     * @param withPathParameters whether {@code ;name=value} path parameters are decoded too (Payara) or
     *                           removed first (Tomcat)
     */
    public static boolean pathDecodesToNulOrInvalidUtf8(String rawTarget, boolean slashCounts,
                                                        boolean withPathParameters) {
        int query = rawTarget.indexOf('?');
        String path = query < 0 ? rawTarget : rawTarget.substring(0, query);
        if (!withPathParameters) {
            path = path.replaceAll(";[^/]*", "");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '%' && i + 2 < path.length()) {
                int decoded = Integer.parseInt(path.substring(i + 1, i + 3), 16);
                if (decoded == 0 || slashCounts && decoded == '/') {
                    return true;
                }
                bytes.write(decoded);
                i += 2;
            } else {
                bytes.write(path.charAt(i));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return false;
        } catch (CharacterCodingException e) {
            return true;
        }
    }
}
