package io.conflicttimeline.nlp.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The top-level alternatives of a regular expression, each compiled on its own with the pattern's flags (and its
 * leading inline flags, such as {@code (?i)}), so that each gets its own literal cues: a rule written as one long
 * alternation otherwise runs whenever any of its alternatives' cues occurs, and then scans for all of them.
 *
 * <p>Conservative like {@link LiteralCues}: a pattern it does not fully understand (back-references, {@code \Q},
 * inline flags set in the middle, comments or literal mode, an empty alternative, a bracket first in a class) is
 * left whole, as a list of one.
 */
public final class Alternation {

    private static final int UNSAFE_FLAGS = Pattern.COMMENTS | Pattern.LITERAL;

    private Alternation() {
    }

    /** The alternatives in the pattern's order, or the pattern alone when it has one or cannot be split safely. */
    public static List<Pattern> of(Pattern pattern) {
        String src = pattern.pattern();
        if ((pattern.flags() & UNSAFE_FLAGS) != 0) {
            return List.of(pattern);
        }
        String prefix = leadingFlags(src);
        List<String> parts = split(src, prefix.length());
        if (parts == null || parts.size() < 2) {
            return List.of(pattern);
        }
        List<Pattern> out = new ArrayList<>();
        try {
            for (String part : parts) {
                out.add(Pattern.compile(prefix + part, pattern.flags()));
            }
        } catch (PatternSyntaxException e) {
            return List.of(pattern);
        }
        return List.copyOf(out);
    }

    /** "(?i)" or "(?i-s)" at the very start: flags that hold for every alternative. */
    private static String leadingFlags(String src) {
        if (!src.startsWith("(?")) {
            return "";
        }
        int p = 2;
        while (p < src.length() && "idmsuxU-".indexOf(src.charAt(p)) >= 0) {
            p++;
        }
        return p > 2 && p < src.length() && src.charAt(p) == ')' ? src.substring(0, p + 1) : "";
    }

    /** The parts between top-level bars from {@code start}, or null when the syntax is outside what is understood. */
    private static List<String> split(String src, int start) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = start;
        int i = start;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') {
                if (i + 1 >= src.length()) {
                    return null;
                }
                char e = src.charAt(i + 1);
                if (e == 'Q' || e == 'k' || (e >= '1' && e <= '9')) {
                    return null;
                }
                i += 2;
            } else if (c == '[') {
                i = classEnd(src, i);
                if (i < 0) {
                    return null;
                }
            } else if (c == '(') {
                if (depth == 0 && isFlagSetting(src, i)) {
                    // "(?i)" in the middle changes the flags of what follows, alternatives included
                    return null;
                }
                depth++;
                i++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return null;
                }
                i++;
            } else if (c == '|' && depth == 0) {
                parts.add(src.substring(from, i));
                from = i + 1;
                i++;
            } else {
                i++;
            }
        }
        if (depth != 0) {
            return null;
        }
        parts.add(src.substring(from));
        return parts.stream().anyMatch(String::isEmpty) ? null : parts;
    }

    /** Index after the class opened at {@code open} (nested classes included), or -1 when not understood. */
    private static int classEnd(String src, int open) {
        int depth = 0;
        int i = open;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') {
                if (i + 1 < src.length() && src.charAt(i + 1) == 'Q') {
                    return -1;
                }
                i += 2;
                continue;
            }
            if (c == '[') {
                int first = src.startsWith("^", i + 1) ? i + 2 : i + 1;
                if (first < src.length() && src.charAt(first) == ']') {
                    // "[]...]": a leading bracket; not worth reading Java's rules for it
                    return -1;
                }
                depth++;
                i = first;
                continue;
            }
            if (c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return -1;
    }

    private static boolean isFlagSetting(String src, int open) {
        if (!src.startsWith("(?", open)) {
            return false;
        }
        int p = open + 2;
        while (p < src.length() && "idmsuxU-".indexOf(src.charAt(p)) >= 0) {
            p++;
        }
        return p > open + 2 && p < src.length() && src.charAt(p) == ')';
    }
}
