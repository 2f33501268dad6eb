package io.conflicttimeline.nlp.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

    @ParameterizedTest
    @CsvSource({
        "one, 1", "four, 4", "nineteen, 19", "twenty-five, 25", "ninety-nine, 99", "twenty five, 25",
        "a hundred, 100", "one hundred, 100", "two hundred and fifty, 250", "three thousand, 3000",
        "'1,000', 1000", "2.5 million, 2500000", "390, 390", "a dozen, 12", "dozens, 12", "tens, 10",
        "hundreds, 100", "thousands, 1000", "several, 3", "a few, 2", "scores, 20", "12 thousand, 12000"
    })
    void parsesCardinals(String phrase, long expected) {
        assertThat(NumberWords.parse(phrase)).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({"nine-year-old", "'1,000-for-1,000'", "dozen", "first", "kilometres"})
    void rejectsNonCardinals(String phrase) {
        assertThat(NumberWords.parse(phrase)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "at least 3, at_least", "more than 100, at_least", "over 20, at_least", "no fewer than 5, at_least",
        "up to 30, at_most", "no more than 4, at_most", "as many as 9, at_most", "nearly 50, about",
        "about 300, about", "some 20, about", "approximately 7, about", "12, exact"
    })
    void readsQualifiers(String phrase, String expected) {
        assertThat(NumberWords.qualifierOf(phrase)).isEqualTo(expected);
    }
}
