package dev.problemjaxrs.internal;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code @Path} template as the Jakarta REST specification turns it into a regular expression
 * (section 3.7.3, "Converting URI Templates to Regular Expressions"): literal characters quoted, each
 * {@code {name}} a {@code ([^/]+)} group, each {@code {name: regex}} that regex, and a final group for
 * what is left of the path. The three sort keys of the matching algorithm (section 3.7.2) are kept with it.
 */
final class PathTemplate {

    /** The specification's sort: more literal characters first, then more groups, then more non-default groups. */
    static final Comparator<PathTemplate> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((PathTemplate t) -> t.literalCharacters).reversed()
            .thenComparing(Comparator.comparingInt((PathTemplate t) -> t.groups).reversed())
            .thenComparing(Comparator.comparingInt((PathTemplate t) -> t.nonDefaultGroups).reversed());

    private static final String TAIL = "ptail";

    private final String regex;
    private final Pattern pattern;
    private final int literalCharacters;
    private final int groups;
    private final int nonDefaultGroups;

    private PathTemplate(String regex, Pattern pattern, int literalCharacters, int groups, int nonDefaultGroups) {
        this.regex = regex;
        this.pattern = pattern;
        this.literalCharacters = literalCharacters;
        this.groups = groups;
        this.nonDefaultGroups = nonDefaultGroups;
    }

    /**
     * @param template the {@code @Path} value
     * @param anyTail  true for a class or a locator (the rest of the path may follow), false for a resource
     *                 method (at most a trailing slash may follow)
     * @return null if the template's regular expression does not compile (the runtime would refuse it too)
     */
    static PathTemplate of(String template, boolean anyTail) {
        String normalised = normalise(template);
        StringBuilder regex = new StringBuilder();
        int literal = 0;
        int groups = 0;
        int nonDefault = 0;
        int i = 0;
        while (i < normalised.length()) {
            char c = normalised.charAt(i);
            if (c != '{') {
                int end = normalised.indexOf('{', i);
                end = end < 0 ? normalised.length() : end;
                regex.append(Pattern.quote(normalised.substring(i, end)));
                literal += end - i;
                i = end;
                continue;
            }
            int close = closingBrace(normalised, i);
            if (close < 0) {
                return null;
            }
            String variable = normalised.substring(i + 1, close);
            int colon = variable.indexOf(':');
            groups++;
            if (colon < 0) {
                regex.append("([^/]+)");
            } else {
                nonDefault++;
                regex.append('(').append(variable.substring(colon + 1).trim()).append(')');
            }
            i = close + 1;
        }
        String tail = anyTail ? "(?<" + TAIL + ">/.*)?" : "(?<" + TAIL + ">/)?";
        String full = regex + tail;
        try {
            return new PathTemplate(regex.toString(), Pattern.compile(full), literal, groups, nonDefault);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /**
     * The part of {@code path} left after this template, or null if it does not match. An empty or
     * {@code "/"} result means the path ends here.
     */
    String match(String path) {
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        String tail = matcher.group(TAIL);
        return tail == null ? "" : tail;
    }

    /** Whether two templates give the same regular expression, apart from the final group. */
    boolean sameAs(PathTemplate other) {
        return regex.equals(other.regex);
    }

    /** A leading slash, no trailing slash: {@code "/"} and {@code ""} both become {@code ""}. */
    private static String normalise(String template) {
        String t = template.startsWith("/") ? template : "/" + template;
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** The brace that closes the one at {@code open}; a variable's regex may nest braces ({@code \d{5}}). */
    private static int closingBrace(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            if (template.charAt(i) == '{') {
                depth++;
            } else if (template.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
