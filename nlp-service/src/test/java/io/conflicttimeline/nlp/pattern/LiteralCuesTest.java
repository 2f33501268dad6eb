package io.conflicttimeline.nlp.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LiteralCuesTest {

    private static Optional<Set<String>> cues(String regex) {
        return LiteralCues.of(Pattern.compile(regex));
    }

    @Test
    void alternativesAndOptionalSuffixesGiveWholeWordsInLowerCase() {
        assertThat(cues("(?i)\\b(?:Attacks?|strikes?)\\b(?!\\s+warnings?)")).contains(Set.of("attack", "strike"));
        assertThat(cues("\\b(?:Russian|Ukrainian)\\s+(?:[a-z]+\\s+)?offensive\\b")).contains(Set.of("offensive"));
        assertThat(cues("(?i)land ?mines?")).contains(Set.of("landmine", "land mine"));
        assertThat(cues("[Rr]ussia['’]s")).contains(Set.of("russia's", "russia’s"));
    }

    @Test
    void aRunOfLiteralsAfterAnInexactPartStaysWhole() {
        assertThat(cues("(?i)\\b(?:general\\s+|partial\\s+)?mobili[sz]ation\\b")).contains(Set.of("mobilisation", "mobilization"));
    }

    @Test
    void theMostSelectivePartOfASequenceIsChosenAndFunctionWordsAreWeak() {
        assertThat(cues("(?i)\\bheld\\s+(?:\\S+\\s+){0,3}?talks\\b")).contains(Set.of("talks"));
        assertThat(cues("\\band\\s+(?:I|we)\\s+(?:spoke|met)\\b")).contains(Set.of("spoke", "met"));
    }

    @Test
    void repetitionsRequireTheirPartAndLookaroundsRequireNothing() {
        assertThat(cues("(?:ab)+c?")).contains(Set.of("ab"));
        assertThat(cues("(?:ab){2,3}")).contains(Set.of("ab"));
        assertThat(cues("(?<!not )attack(?=ed)")).contains(Set.of("attack"));
        assertThat(cues("attack|attacks|counterattack")).contains(Set.of("attack"));
    }

    @Test
    void aPatternThatCanMatchWithoutALiteralHasNoCues() {
        assertThat(cues("(?:abc)?")).isEmpty();
        assertThat(cues("a*|bc")).isEmpty();
        assertThat(cues("\\w+\\s+\\d")).isEmpty();
        assertThat(cues("[^a]bc|.")).isEmpty();
    }

    @Test
    void syntaxTheDerivationDoesNotReadMeansThePatternAlwaysRuns() {
        assertThat(cues("(a)\\1")).isEmpty();
        assertThat(cues("\\Qabc\\E")).isEmpty();
        assertThat(cues("\\x41bc")).isEmpty();
        assertThat(cues("(?u)abc")).isEmpty();
        assertThat(cues("(?x)a b c")).isEmpty();
        assertThat(cues("[]a]bc")).isEmpty();
        assertThat(cues("[a&&[b]]cd")).isEmpty();
        assertThat(LiteralCues.of(Pattern.compile("abc", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))).isEmpty();
        assertThat(LiteralCues.of(Pattern.compile("abc", Pattern.CASE_INSENSITIVE))).contains(Set.of("abc"));
    }

    /**
     * The property the prefilter rests on, over random patterns and texts from a small alphabet: whenever a pattern
     * finds a match, the ASCII-lower-cased text contains one of its cues.
     */
    @Test
    void everyMatchContainsACueOverRandomPatterns() {
        Random random = new Random(20261121);
        int withCues = 0;
        for (int i = 0; i < 4000; i++) {
            String regex = randomRegex(random, 3);
            Pattern p;
            try {
                p = Pattern.compile(regex);
            } catch (RuntimeException e) {
                continue;
            }
            Optional<Set<String>> cues = LiteralCues.of(p);
            if (cues.isEmpty()) {
                continue;
            }
            withCues++;
            for (int t = 0; t < 40; t++) {
                String text = randomText(random);
                if (p.matcher(text).find()) {
                    String lower = lower(text);
                    assertThat(cues.get()).as("pattern %s, text '%s'", regex, text).anyMatch(lower::contains);
                }
            }
        }
        assertThat(withCues).isGreaterThan(1000);
    }

    private static String lower(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(LiteralCues.lower(c));
        }
        return sb.toString();
    }

    private static final String[] ATOMS = { "a", "b", "A", "B", " ", "c", "[aB]", "[ab]", "[^a]", "[a-c]", "\\s", "\\w", ".", "\\b",
        "^", "$", "\\.", "é", "É" };
    private static final String[] QUANTIFIERS = { "", "", "", "?", "*", "+", "{0,2}", "{1,2}", "{2}", "??", "+?", "{0,3}?" };

    private static String randomRegex(Random random, int depth) {
        StringBuilder sb = new StringBuilder();
        if (depth == 3 && random.nextInt(3) == 0) {
            sb.append("(?i)");
        }
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            int kind = random.nextInt(10);
            if (kind < 6 || depth == 0) {
                sb.append(ATOMS[random.nextInt(ATOMS.length)]);
            } else {
                String open = switch (random.nextInt(6)) {
                    case 0 -> "(?-i:";
                    case 1 -> "(?!";
                    case 2 -> "(?<=";
                    case 3 -> "(";
                    default -> "(?:";
                };
                sb.append(open).append(randomRegex(random, depth - 1));
                if (random.nextBoolean()) {
                    sb.append('|').append(randomRegex(random, depth - 1));
                }
                sb.append(')');
            }
            if (!sb.toString().endsWith("\\b") && !sb.toString().endsWith("^") && !sb.toString().endsWith("$")) {
                sb.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
            }
        }
        return sb.toString();
    }

    private static String randomText(Random random) {
        String chars = "abAB c.éÉ";
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append(chars.charAt(random.nextInt(chars.length())));
        }
        return sb.toString();
    }

    @Test
    void startsAreTheLiteralsEveryMatchBeginsWithAfterAnchorsAndLookarounds() {
        assertThat(LiteralCues.startsOf(Pattern.compile("(?i)(?<!\\bof\\s)\\b(?:Said|says)\\b\\s+\\w+"))).contains(Set.of("said", "says"));
        assertThat(LiteralCues.startsOf(Pattern.compile("(?:fired|launch)+ at|shot"))).contains(Set.of("fired", "launch", "shot"));
        assertThat(LiteralCues.startsOf(Pattern.compile("\\w+ed\\b"))).isEmpty();
        assertThat(LiteralCues.startsOf(Pattern.compile("(?:the )?strike"))).contains(Set.of("the strike", "strike"));
        assertThat(LiteralCues.startsOf(Pattern.compile("(?:\\w+ )?strike"))).isEmpty();
        assertThat(LiteralCues.startsOf(Pattern.compile("a|\\d+"))).isEmpty();
    }
}
