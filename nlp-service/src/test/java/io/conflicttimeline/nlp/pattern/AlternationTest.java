package io.conflicttimeline.nlp.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AlternationTest {

    private static List<String> parts(String regex) {
        return Alternation.of(Pattern.compile(regex)).stream().map(Pattern::pattern).toList();
    }

    @Test
    void topLevelBarsSplitAndLeadingFlagsGoToEveryAlternative() {
        assertThat(parts("(?i)\\bshelling\\b|\\b(?:fired|launched)\\s+rockets\\b|[|(]x"))
                .containsExactly("(?i)\\bshelling\\b", "(?i)\\b(?:fired|launched)\\s+rockets\\b", "(?i)[|(]x");
        assertThat(Alternation.of(Pattern.compile("(?i)a|b")).get(1).matcher("B").matches()).isTrue();
    }

    @Test
    void barsInsideGroupsClassesAndEscapesDoNotSplit() {
        assertThat(parts("(?:a|b)c")).containsExactly("(?:a|b)c");
        assertThat(parts("[a|b]c|\\|d")).containsExactly("[a|b]c", "\\|d");
        assertThat(parts("[[a-c]|]x|y")).containsExactly("[[a-c]|]x", "y");
    }

    @Test
    void whatIsNotUnderstoodStaysWhole() {
        assertThat(parts("(a)\\1|b")).containsExactly("(a)\\1|b");
        assertThat(parts("a(?i)b|c")).containsExactly("a(?i)b|c");
        assertThat(parts("\\Qa|b\\E|c")).containsExactly("\\Qa|b\\E|c");
        assertThat(parts("a||b")).containsExactly("a||b");
        assertThat(Alternation.of(Pattern.compile("a|b", Pattern.COMMENTS))).hasSize(1);
    }
}
