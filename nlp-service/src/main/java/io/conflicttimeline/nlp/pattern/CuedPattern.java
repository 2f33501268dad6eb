package io.conflicttimeline.nlp.pattern;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A pattern whose {@code find} first checks, in one automaton pass, that one of its {@link LiteralCues} (per top-level
 * {@link Alternation alternative}) occurs in the text: most sentences hold none, and then the regex, which tries
 * every alternative at every position, need not run. Same answer as {@code pattern.matcher(text).find()}.
 * Immutable and thread-safe.
 */
public final class CuedPattern {

    private final RuleScanner scanner;

    private CuedPattern(Pattern pattern) {
        scanner = RuleScanner.of(List.of(pattern));
    }

    public static CuedPattern of(Pattern pattern) {
        return new CuedPattern(pattern);
    }

    /** Whether the pattern matches somewhere in the text. */
    public boolean find(CharSequence text) {
        RuleScanner.Candidates candidates = scanner.candidates(text);
        return scanner.mayMatch(candidates, 0) && scanner.findsAny(0, candidates);
    }
}
