package io.conflicttimeline.nlp.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RuleScannerTest {

    private static final List<Pattern> RULES = List.of(
            // overlapping alternatives: the leftmost match wins, at the same start the first written
            Pattern.compile("(?i)\\bstrike\\b|\\bdrone strikes?\\b|\\bstrikes on\\b|\\b(?:the|a)\\s+(?:\\w+\\s+)?strikes?\\b"),
            // lookbehind and word boundaries must see the text before an anchored start
            Pattern.compile("(?<!\\bof\\s)\\bdestroy(?:ed|s)?\\b|(?<=troops\\s)fired"),
            // an alternative with no literal start, and one anchored at the text start
            Pattern.compile("^\\W*Stop\\b|\\b(?:I|[Ww]e)\\s+(?:must|will)\\b|\\b\\d+\\s+(?:killed|dead)\\b"),
            // a match that may be empty
            Pattern.compile("x*|yz"),
            Pattern.compile("Russian\\s+(?:attacks?|strikes?)"));
    private static final String[] WORDS = { "strike", "strikes", "drone", "on", "the", "a", "of", "destroyed", "destroys",
            "troops", "fired", "Stop", "I", "we", "We", "must", "will", "12", "killed", "dead", "x", "yz", "xx", "Russian",
            "attacks", ",", ".", "STRIKE", "Drone", "\"", "on", "kyiv" };

    private static List<String> plain(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> scanned(RuleScanner scanner, int r, String text) {
        List<String> out = new ArrayList<>();
        RuleScanner.Candidates c = scanner.candidates(text);
        if (scanner.mayMatch(c, r)) {
            scanner.find(r, c, (s, e) -> out.add(s + "-" + e));
        }
        return out;
    }

    @Test
    void findsExactlyTheMatchesOfEachWholeRule() {
        RuleScanner scanner = RuleScanner.of(RULES);
        List<String> texts = new ArrayList<>(List.of("Stop the war: we must act, said the drone strikes on Kyiv",
                "the drone strike destroyed of destroyed three tanks; troops fired", "", "xxyz", "A Russian strikes 12 killed"));
        Random random = new Random(7);
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int w = 0; w < n; w++) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            texts.add(sb.toString());
        }
        int matched = 0;
        for (String text : texts) {
            for (int r = 0; r < RULES.size(); r++) {
                List<String> expected = plain(RULES.get(r), text);
                assertThat(scanned(scanner, r, text)).as("rule %d on '%s'", r, text).isEqualTo(expected);
                matched += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(matched).isGreaterThan(1000);
    }

    @Test
    void aRuleWithoutItsCuesIsNotACandidate() {
        RuleScanner scanner = RuleScanner.of(RULES);
        RuleScanner.Candidates c = scanner.candidates("nothing happened here");
        assertThat(scanner.mayMatch(c, 0)).isFalse();
        assertThat(scanner.mayMatch(c, 4)).isFalse();
        assertThat(scanner.mayMatch(c, 3)).isTrue();
    }

    @Test
    void aCuedPatternFindsWhatTheRegexFinds() {
        CuedPattern amount = CuedPattern.of(Pattern.compile("(?i)[$€£]\\s?\\d|\\d\\s*(?:million|billion)\\b"));
        assertThat(amount.find("pledged $5 more")).isTrue();
        assertThat(amount.find("2 Billion in aid")).isTrue();
        assertThat(amount.find("millions of people")).isFalse();
    }
}
