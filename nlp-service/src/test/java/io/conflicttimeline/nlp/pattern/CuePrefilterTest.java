package io.conflicttimeline.nlp.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CuePrefilterTest {

    private static List<Integer> candidates(CuePrefilter filter, int patterns, String text) {
        long[] set = filter.candidates(text);
        return IntStream.range(0, patterns).filter(i -> CuePrefilter.contains(set, i)).boxed().toList();
    }

    @Test
    void aPatternIsACandidateOnlyWhereOneOfItsCuesOccursInAnyCase() {
        List<Pattern> patterns = List.of(Pattern.compile("(?i)\\b(?:attacks?|strikes?)\\b"), Pattern.compile("\\bRussian\\b"),
                Pattern.compile("\\w+\\d"), Pattern.compile("€\\s?\\d"));
        CuePrefilter filter = CuePrefilter.of(patterns);
        assertThat(candidates(filter, 4, "A drone STRIKE on Kyiv")).containsExactly(0, 2);
        assertThat(candidates(filter, 4, "russian officials met")).containsExactly(1, 2);
        assertThat(candidates(filter, 4, "€ 5 million")).containsExactly(2, 3);
        assertThat(candidates(filter, 4, "")).containsExactly(2);
    }

    @Test
    void overlappingCuesAndCuesInsideOthersAreAllFound() {
        List<Pattern> patterns = List.of(Pattern.compile("shot down"), Pattern.compile("shot"), Pattern.compile("hot"),
                Pattern.compile("own"));
        CuePrefilter filter = CuePrefilter.of(patterns);
        assertThat(candidates(filter, 4, "it was shot down")).containsExactly(0, 1, 2, 3);
        assertThat(candidates(filter, 4, "shoshot dow")).containsExactly(1, 2);
    }

    @Test
    void moreThanSixtyFourPatternsAndARangeOfTheText() {
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            patterns.add(Pattern.compile("w" + i + "x"));
        }
        CuePrefilter filter = CuePrefilter.of(patterns);
        assertThat(candidates(filter, 70, "w3x and W69X")).containsExactly(3, 69);
        long[] set = filter.candidates("w3x and W69X", 4, 12, new long[filter.words()]);
        assertThat(IntStream.range(0, 70).filter(i -> CuePrefilter.contains(set, i))).containsExactly(69);
    }
}
