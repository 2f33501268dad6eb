package io.conflicttimeline.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.conflicttimeline.nlp.TestPipeline;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = TestPipeline.analyzer();

    @Test
    void splitsLinesBeforeSentencesSoAHeadlineStaysAlone() {
        String text = "Missile Strikes on Kyiv and Sumy\nThe interview was released on Tuesday. Officials said more.";
        AnalyzedText at = analyzer.analyze(text);
        assertThat(at.sentences()).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Missile Strikes on Kyiv and Sumy", "The interview was released on Tuesday.", "Officials said more.");
    }

    @Test
    void tokenOffsetsReferToTheTextAndPossessivesAreSplit() {
        String text = "Zelensky’s office said Russia's attack failed.";
        AnalyzedText at = analyzer.analyze(text);
        for (Token t : at.tokens()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(at.tokens()).extracting(Token::text).startsWith("Zelensky", "’s", "office").contains("Russia", "'s");
        assertThat(at.tokens().get(0).isProperNoun()).isTrue();
    }

    @Test
    void sentenceLookupByOffset() {
        String text = "First sentence here. Second one follows.";
        AnalyzedText at = analyzer.analyze(text);
        assertThat(at.sentenceAt(text.indexOf("Second"))).isEqualTo(1);
        assertThat(at.sentenceAt(0)).isZero();
        assertThat(at.tokenAtOrAfter(text.indexOf("one"))).isEqualTo(at.tokens().stream().map(Token::text).toList().indexOf("one"));
    }
}
