package dev.problemjaxrs.internal;

/** Names of inputs that the client chose: bounded, so a hostile key cannot bloat the answer. */
public final class InputNames {

    public static final int MAX_SEGMENT = 64;
    public static final int MAX_NAME = 256;
    /** The name of the request body itself, or of a constraint on the whole body. */
    public static final String BODY = "body";

    private InputNames() {
    }

    /** Appends a property segment, truncated, with a dot when something precedes it. */
    public static void appendProperty(StringBuilder name, String segment) {
        if (name.length() > 0) {
            name.append('.');
        }
        name.append(segment.length() > MAX_SEGMENT ? segment.substring(0, MAX_SEGMENT) + "..." : segment);
    }

    /** Appends an index or key segment. */
    public static void appendIndex(StringBuilder name, Object index) {
        String text = String.valueOf(index);
        name.append('[').append(text.length() > MAX_SEGMENT ? text.substring(0, MAX_SEGMENT) + "..." : text)
                .append(']');
    }

    /** The finished name: {@link #BODY} when empty, truncated when too long. */
    public static String finish(StringBuilder name) {
        if (name.length() == 0) {
            return BODY;
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "..." : name.toString();
    }
}
