package dev.problemjaxrs.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;

/**
 * The RFC 9110 syntax of {@code Accept} and {@code Content-Type}, checked before any runtime parses
 * them: RESTEasy throws from inside matching on a value it cannot parse, which would otherwise end as a
 * 500. A scan over the characters, no allocation. Stricter than the RFC in one way that every runtime's
 * parser shares: an empty parameter ({@code text/plain;;}) is rejected.
 */
final class HeaderSyntax {

    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private HeaderSyntax() {
    }

    /** {@code type "/" subtype *( OWS ";" OWS parameter )}. */
    static boolean isMediaType(String value) {
        int end = mediaRange(value, skipSpaces(value, 0), false);
        return end >= 0 && skipSpaces(value, end) == value.length();
    }

    /** A comma-separated list of media ranges, each with an optional weight; empty elements are allowed. */
    static boolean isAccept(String value) {
        int position = 0;
        while (true) {
            position = skipSpaces(value, position);
            if (position < value.length() && value.charAt(position) != ',') {
                position = mediaRange(value, position, true);
                if (position < 0) {
                    return false;
                }
                position = skipSpaces(value, position);
            }
            if (position == value.length()) {
                return true;
            }
            if (value.charAt(position) != ',') {
                return false;
            }
            position++;
        }
    }

    /** Parses a media range from {@code start}; returns where it ends, or -1. */
    private static int mediaRange(String value, int start, boolean range) {
        int type = token(value, start);
        if (type == start || type >= value.length() || value.charAt(type) != '/') {
            return -1;
        }
        int subtype = token(value, type + 1);
        if (subtype == type + 1) {
            return -1;
        }
        boolean wildcardType = type - start == 1 && value.charAt(start) == '*';
        boolean wildcardSubtype = subtype - type == 2 && value.charAt(type + 1) == '*';
        if (wildcardType && !wildcardSubtype || !range && (wildcardType || wildcardSubtype)) {
            return -1;
        }
        int position = subtype;
        while (true) {
            int semicolon = skipSpaces(value, position);
            if (semicolon >= value.length() || value.charAt(semicolon) != ';') {
                return position;
            }
            int name = skipSpaces(value, semicolon + 1);
            int nameEnd = token(value, name);
            if (nameEnd == name || nameEnd >= value.length() || value.charAt(nameEnd) != '=') {
                return -1;
            }
            int valueStart = nameEnd + 1;
            int valueEnd = valueStart < value.length() && value.charAt(valueStart) == '"'
                    ? quotedString(value, valueStart) : token(value, valueStart);
            if (valueEnd <= valueStart) {
                return -1;
            }
            if (range && nameEnd - name == 1 && (value.charAt(name) == 'q' || value.charAt(name) == 'Q')
                    && !isQvalue(value, valueStart, valueEnd)) {
                return -1;
            }
            position = valueEnd;
        }
    }

    /**
     * False only for a media type (already known to parse) with a {@code charset} parameter that the JVM
     * does not support and a type whose readers would honour it. JSON has no charset parameter (RFC 8259):
     * a JSON body is read as JSON whatever it says. Scans only when the value mentions a charset.
     */
    static boolean hasSupportedCharset(String mediaType) {
        int at = indexOfIgnoreCase(mediaType, "charset");
        if (at < 0) {
            return true;
        }
        String lower = mediaType.toLowerCase(Locale.ROOT);
        int semicolon = lower.indexOf(';');
        String type = (semicolon < 0 ? lower : lower.substring(0, semicolon)).trim();
        if (type.equals("application/json") || type.endsWith("+json")) {
            return true;
        }
        for (String parameter : lower.substring(semicolon + 1).split(";")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equals("charset")) {
                // charset names are case-insensitive, so the lowercase copy serves
                String charset = unquote(parameter.substring(equals + 1).trim());
                try {
                    return Charset.isSupported(charset);
                } catch (IllegalCharsetNameException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static int indexOfIgnoreCase(String value, String part) {
        for (int i = 0; i + part.length() <= value.length(); i++) {
            if (value.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }

    /** {@code 0[.ddd]} or {@code 1[.000]}. */
    private static boolean isQvalue(String value, int start, int end) {
        char first = value.charAt(start);
        if (first != '0' && first != '1' || end - start > 5) {
            return false;
        }
        if (end - start == 1) {
            return true;
        }
        if (value.charAt(start + 1) != '.') {
            return false;
        }
        for (int i = start + 2; i < end; i++) {
            char c = value.charAt(i);
            if (first == '1' ? c != '0' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int token(String value, int start) {
        int position = start;
        while (position < value.length() && isTokenChar(value.charAt(position))) {
            position++;
        }
        return position;
    }

    /** Whether the value is an RFC 9110 token: one or more token characters and nothing else. */
    static boolean isToken(String value) {
        return !value.isEmpty() && token(value, 0) == value.length();
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || TOKEN_SYMBOLS.indexOf(c) >= 0;
    }

    /** The position after a quoted string starting at {@code start}, or -1. */
    private static int quotedString(String value, int start) {
        for (int i = start + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            } else if (c < 0x20 && c != '\t' || c == 0x7f) {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpaces(String value, int start) {
        int position = start;
        while (position < value.length() && (value.charAt(position) == ' ' || value.charAt(position) == '\t')) {
            position++;
        }
        return position;
    }
}
