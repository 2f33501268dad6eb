package io.conflicttimeline.nlp.pattern;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal cues of a regular expression: lower-case strings one of which every match contains, derived from the
 * pattern's source (literals, small character classes, alternations, groups, optional parts). A cheap check that a
 * text holds none of them proves the pattern cannot match there, so the regex need not run.
 *
 * <p>The derivation is conservative: whatever it does not fully understand (back-references, {@code \Q}, octal or
 * hex escapes, Unicode case folding, comments mode, a syntax error) gives no cues, and the pattern always runs. Cues
 * are compared with text lower-cased in ASCII only ({@link #lower(char)}), exactly as a case-insensitive Java regex
 * without {@code UNICODE_CASE} compares letters, so a case-sensitive or case-insensitive match both imply a cue.
 */
public final class LiteralCues {

    /** Most strings an alternation's exact set may hold before it is reduced to required cues. */
    private static final int MAX_EXACT = 256;
    /** Most strings a sequence's exact set may hold ("shot (?:an? |the )?(?:unarmed |local )?..." multiplies fast). */
    private static final int MAX_PRODUCT = 32;
    /** Most characters a class may stand for and still be enumerated. */
    private static final int MAX_CLASS = 6;
    /** Words too frequent to make a cue selective, whatever their length. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
            "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "it", "he",
            "she", "we", "i", "they", "that", "this", "not", "said");
    private static final int UNSAFE_FLAGS = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.COMMENTS | Pattern.LITERAL
            | Pattern.CANON_EQ;

    /**
     * What is known of the strings a part of a pattern matches: {@code exact}, the complete set of them when small
     * (null otherwise), and {@code required}, cues one of which each of them contains (null: nothing is required).
     */
    private record Info(Set<String> exact, Set<String> required, Set<String> starts) {
        static final Info ANY = new Info(null, null);
        static final Info EMPTY = new Info(Set.of(""), null);

        Info(Set<String> exact, Set<String> required) {
            this(exact, required, null);
        }

        /** Strings one of which each match starts with; null when a match may be empty or start otherwise. */
        Set<String> prefixes() {
            if (exact != null) {
                return exact.contains("") ? null : exact;
            }
            return starts;
        }

        /** Matches only the empty string (an anchor, a lookaround, nothing). */
        boolean emptyOnly() {
            return exact != null && exact.size() == 1 && exact.contains("");
        }

        /** Cues every match contains; null when a match may contain none (it may be empty, or is unknown). */
        Set<String> cues() {
            if (exact != null) {
                return exact.contains("") ? null : exact;
            }
            return required;
        }
    }

    /** The syntax is outside what the derivation understands: no cues. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final String src;
    private int pos;

    private LiteralCues(String src) {
        this.src = src;
    }

    /**
     * The cues of the pattern, minimal (no cue contains another), or empty when none can be derived with
     * certainty, in which case the pattern must always run.
     */
    public static Optional<Set<String>> of(Pattern pattern) {
        return parsed(pattern).map(Info::cues).filter(LiteralCues::certain).map(LiteralCues::minimal);
    }

    /**
     * Lower-case strings one of which every match starts with (after any anchors and lookarounds), or empty when
     * that cannot be derived with certainty: then a match may start anywhere. A search need only try the positions
     * where one of them occurs.
     */
    public static Optional<Set<String>> startsOf(Pattern pattern) {
        return parsed(pattern).map(Info::prefixes).filter(LiteralCues::certain).map(Set::copyOf);
    }

    /** The pattern's parse, or empty when its flags or syntax are outside what this parser reads exactly. */
    private static Optional<Info> parsed(Pattern pattern) {
        if ((pattern.flags() & UNSAFE_FLAGS) != 0) {
            return Optional.empty();
        }
        if (pattern.pattern().chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            // a quantifier applies to a whole code point, the parser reads chars
            return Optional.empty();
        }
        LiteralCues parser = new LiteralCues(pattern.pattern());
        try {
            Info info = parser.alternation();
            return parser.pos == parser.src.length() ? Optional.of(info) : Optional.empty();
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Whether a derived set narrows the search: none, no string, or the empty string (matches anywhere) does not. */
    private static boolean certain(Set<String> strings) {
        return strings != null && !strings.isEmpty() && !strings.contains("");
    }

    /** ASCII lower case: how a case-insensitive Java regex (without Unicode case) equates letters. */
    public static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static Set<String> minimal(Set<String> cues) {
        Set<String> out = new LinkedHashSet<>();
        cues.stream().sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).forEach(c -> {
            if (out.stream().noneMatch(c::contains)) {
                out.add(c);
            }
        });
        return out;
    }

    private Info alternation() {
        Info result = concatenation();
        while (pos < src.length() && src.charAt(pos) == '|') {
            pos++;
            result = union(result, concatenation());
        }
        return result;
    }

    /**
     * A sequence: consecutive exact parts are multiplied out into one run of literals ("mobili", "[sz]", "ation"),
     * so that a run after an inexact part (".*mobilisation") still yields whole words as cues.
     */
    private Info concatenation() {
        Info done = null;
        Set<String> run = Set.of("");
        while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
            Info part = quantified();
            if (part.exact() != null && (long) run.size() * part.exact().size() <= MAX_PRODUCT) {
                run = product(run, part.exact());
            } else if (part.exact() != null) {
                done = done == null ? new Info(run, null) : concat(done, new Info(run, null));
                run = part.exact();
            } else {
                done = done == null ? new Info(run, null) : concat(done, new Info(run, null));
                done = concat(done, part);
                run = Set.of("");
            }
        }
        return done == null ? new Info(run, null) : concat(done, new Info(run, null));
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        Set<String> product = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                product.add(x + y);
            }
        }
        return product;
    }

    private Info quantified() {
        Info atom = atom();
        if (pos >= src.length()) {
            return atom;
        }
        char c = src.charAt(pos);
        int min;
        int max;
        if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '{') {
            int close = src.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            String[] bounds = src.substring(pos + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0].strip());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
            } catch (NumberFormatException e) {
                throw new Unsupported();
            }
            if (bounds.length > 2) {
                throw new Unsupported();
            }
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
            // lazy and possessive quantifiers match a subset of what the greedy one matches
            pos++;
        }
        if (min == 0) {
            if (max == 1 && atom.exact() != null) {
                Set<String> exact = new LinkedHashSet<>(atom.exact());
                exact.add("");
                return new Info(exact, null);
            }
            return max == 0 ? Info.EMPTY : Info.ANY;
        }
        if (min == 1 && max == 1) {
            return atom;
        }
        // one or more repetitions: each contains at least one match of the atom
        return new Info(null, atom.cues(), atom.prefixes());
    }

    private Info atom() {
        char c = src.charAt(pos);
        switch (c) {
            case '(':
                return group();
            case '[':
                return characterClass();
            case '\\':
                return escape();
            case '.':
                pos++;
                return Info.ANY;
            case '^':
            case '$':
                pos++;
                return Info.EMPTY;
            case '*':
            case '+':
            case '?':
            case '{':
            case ')':
                throw new Unsupported();
            default:
                pos++;
                return literal(c);
        }
    }

    private static Info literal(char c) {
        return new Info(Set.of(String.valueOf(lower(c))), null);
    }

    private Info group() {
        pos++;
        boolean zeroWidth = false;
        if (src.startsWith("?", pos)) {
            if (src.startsWith("?:", pos) || src.startsWith("?>", pos)) {
                // an atomic group matches a subset of what the plain group matches
                pos += 2;
            } else if (src.startsWith("?=", pos) || src.startsWith("?!", pos)) {
                pos += 2;
                zeroWidth = true;
            } else if (src.startsWith("?<=", pos) || src.startsWith("?<!", pos)) {
                pos += 3;
                zeroWidth = true;
            } else if (src.startsWith("?<", pos)) {
                int close = src.indexOf('>', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                // inline flags, "(?i)" or "(?-i:...)"; case does not matter (cues are compared in lower case), but
                // Unicode case folding and comments mode change what a literal matches
                int p = pos + 1;
                while (p < src.length() && "idmsuxU-".indexOf(src.charAt(p)) >= 0) {
                    if ("uxU".indexOf(src.charAt(p)) >= 0) {
                        throw new Unsupported();
                    }
                    p++;
                }
                if (p >= src.length()) {
                    throw new Unsupported();
                }
                if (src.charAt(p) == ')') {
                    pos = p + 1;
                    return Info.EMPTY;
                }
                if (src.charAt(p) != ':') {
                    throw new Unsupported();
                }
                pos = p + 1;
            }
        }
        Info inner = alternation();
        if (pos >= src.length() || src.charAt(pos) != ')') {
            throw new Unsupported();
        }
        pos++;
        return zeroWidth ? Info.EMPTY : inner;
    }

    /** A class of a few characters is their set; larger, negated, nested or intersected classes are any character. */
    private Info characterClass() {
        pos++;
        boolean negated = src.startsWith("^", pos);
        if (negated) {
            pos++;
        }
        Set<String> chars = new LinkedHashSet<>();
        boolean large = negated;
        int firstItem = pos;
        while (true) {
            char c = src.charAt(pos);
            if (c == ']') {
                if (pos == firstItem) {
                    // "[]...]": not worth reading Java's rules for a leading bracket
                    throw new Unsupported();
                }
                pos++;
                break;
            }
            if (c == '[' || src.startsWith("&&", pos)) {
                throw new Unsupported();
            }
            int from;
            if (c == '\\') {
                char e = src.charAt(pos + 1);
                if (Character.isLetterOrDigit(e)) {
                    if ("dDsSwWhHvVpP".indexOf(e) < 0) {
                        // escaped control, hex and Unicode characters: not worth enumerating
                        throw new Unsupported();
                    }
                    large = true;
                    pos += 2;
                    if ((e == 'p' || e == 'P') && src.startsWith("{", pos)) {
                        int close = src.indexOf('}', pos);
                        if (close < 0) {
                            throw new Unsupported();
                        }
                        pos = close + 1;
                    }
                    continue;
                }
                from = e;
                pos += 2;
            } else {
                from = c;
                pos++;
            }
            if (src.charAt(pos) == '-' && src.charAt(pos + 1) != ']') {
                char to = src.charAt(pos + 1);
                if (to == '\\' || to == '[') {
                    throw new Unsupported();
                }
                pos += 2;
                if (to - from + 1 > MAX_CLASS * 2) {
                    large = true;
                    continue;
                }
                for (int x = from; x <= to; x++) {
                    chars.add(String.valueOf(lower((char) x)));
                }
            } else {
                chars.add(String.valueOf(lower((char) from)));
            }
        }
        if (large || chars.size() > MAX_CLASS || chars.isEmpty()) {
            return Info.ANY;
        }
        return new Info(chars, null);
    }

    private Info escape() {
        char e = src.charAt(pos + 1);
        pos += 2;
        if ("bBAzZG".indexOf(e) >= 0) {
            return Info.EMPTY;
        }
        if ("dDsSwWhHvVRX".indexOf(e) >= 0) {
            return Info.ANY;
        }
        if (e == 'p' || e == 'P') {
            if (src.startsWith("{", pos)) {
                int close = src.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                pos++;
            }
            return Info.ANY;
        }
        if (e == 'n') {
            return literal('\n');
        }
        if (e == 't') {
            return literal('\t');
        }
        if (Character.isLetterOrDigit(e)) {
            // back-references, \Q...\E, octal, hex, control characters, named groups: not derived
            throw new Unsupported();
        }
        return literal(e);
    }

    private static Info concat(Info a, Info b) {
        if (a.exact() != null && b.exact() != null && (long) a.exact().size() * b.exact().size() <= MAX_PRODUCT) {
            return new Info(product(a.exact(), b.exact()), null);
        }
        return new Info(null, better(a.cues(), b.cues()), a.emptyOnly() ? b.prefixes() : a.prefixes());
    }

    private static Info union(Info a, Info b) {
        if (a.exact() != null && b.exact() != null && a.exact().size() + b.exact().size() <= MAX_EXACT) {
            Set<String> all = new LinkedHashSet<>(a.exact());
            all.addAll(b.exact());
            return new Info(all, null);
        }
        Set<String> starts = null;
        if (a.prefixes() != null && b.prefixes() != null) {
            starts = new LinkedHashSet<>(a.prefixes());
            starts.addAll(b.prefixes());
        }
        Set<String> ca = a.cues();
        Set<String> cb = b.cues();
        if (ca == null || cb == null) {
            return new Info(null, null, starts);
        }
        Set<String> all = new LinkedHashSet<>(ca);
        all.addAll(cb);
        return new Info(null, all, starts);
    }

    /**
     * The more selective of two cue sets: the one whose weakest cue is longer (a frequent function word counts as one
     * letter: "and" occurs in nearly every sentence), then fewer cues.
     */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int la = a.stream().mapToInt(LiteralCues::strength).min().orElse(0);
        int lb = b.stream().mapToInt(LiteralCues::strength).min().orElse(0);
        if (la != lb) {
            return la > lb ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    private static int strength(String cue) {
        return FUNCTION_WORDS.contains(cue.strip()) ? 1 : cue.length();
    }
}
