package dev.problemjaxrs.internal;

/**
 * Request targets that servers, proxies and frameworks may read differently ("deceptive routing"):
 * encoded dot-segments or slashes, an encoded NUL, double percent-encoding, backslashes, and raw
 * dot-segments that survived the container. Checked on the raw path, before any decoding.
 */
final class AmbiguousPaths {

    private AmbiguousPaths() {
    }

    static boolean isAmbiguous(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        int length = rawPath.length();
        for (int i = 0; i < length; i++) {
            char c = rawPath.charAt(i);
            if (c == '\\') {
                return true;
            }
            if (c == '%' && i + 2 < length) {
                char high = rawPath.charAt(i + 1);
                char low = Character.toLowerCase(rawPath.charAt(i + 2));
                if (high == '2' && (low == 'e' || low == 'f' || low == '5')
                        || high == '5' && low == 'c'
                        || high == '0' && low == '0') {
                    return true;
                }
            }
            if (c == '/' && isDotSegment(rawPath, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDotSegment(String path, int start) {
        int end = path.indexOf('/', start);
        int stop = end < 0 ? path.length() : end;
        int length = stop - start;
        return (length == 1 || length == 2) && path.startsWith(length == 1 ? "." : "..", start);
    }
}
