package dev.problemjaxrs.internal.naming;

/**
 * Names of inputs that the client chose: bounded, so a hostile key cannot bloat the answer, and valid
 * Unicode, so strict clients can read the answer (JSON lets a client send a lone surrogate escaped).
 */
final class InputNames {

    static final int MAX_SEGMENT = 64;
    static final int MAX_NAME = 256;
    /** The name of the request body itself, or of a constraint on the whole body. */
    static final String BODY = "body";

    private InputNames() {
    }

    /** Appends a property segment, cleaned and truncated, with a dot when something precedes it. */
    static void appendProperty(StringBuilder name, String segment) {
        if (name.length() > 0) {
            name.append('.');
        }
        name.append(bounded(segment, MAX_SEGMENT));
    }

    /** Appends an index or key segment. */
    static void appendIndex(StringBuilder name, Object index) {
        name.append('[').append(bounded(String.valueOf(index), MAX_SEGMENT)).append(']');
    }

    /** The finished name: {@link #BODY} when empty, truncated when too long. */
    static String finish(StringBuilder name) {
        return name.length() == 0 ? BODY : bounded(name.toString(), MAX_NAME);
    }

    /**
     * At most {@code max} characters without splitting a surrogate pair ("..." marks a cut), and every
     * lone surrogate replaced by U+FFFD.
     */
    static String bounded(String text, int max) {
        int end = text.length() <= max ? text.length()
                : Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        StringBuilder out = new StringBuilder(end + 3);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\ufffd' : c);
            }
        }
        return end < text.length() ? out.append("...").toString() : out.toString();
    }
}
