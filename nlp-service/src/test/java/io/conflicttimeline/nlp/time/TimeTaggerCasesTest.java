package io.conflicttimeline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written fixtures of src/test/resources/time/cases.tsv: one sentence, its DCT, one expected expression. */
class TimeTaggerCasesTest {

    private static final TimeTagger TAGGER = new TimeTagger();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = TimeTaggerCasesTest.class.getResourceAsStream("/time/cases.tsv")) {
            assertThat(in).as("time/cases.tsv on the test classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f).as("line %d has 5 tab-separated fields", number).hasSize(5);
                cases.add(Arguments.of(number, f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{index}: line {0}: {1} [{2}] -> {3}")
    @MethodSource("cases")
    void tagsTheExpectedExpression(int line, String sentence, String dct, String text, String type, String value) {
        DocumentDate date = dct.equals("-") ? DocumentDate.unknown() : DocumentDate.given(LocalDate.parse(dct));

        List<TimeExpression> found = TAGGER.tag(sentence, date);

        if (text.equals("NONE")) {
            assertThat(found).as("no temporal expression in: %s", sentence).isEmpty();
            return;
        }
        assertThat(found).as("expressions found in: %s", sentence).extracting(TimeExpression::text).contains(text);
        TimeExpression t = found.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
        assertThat(t.type()).as("type of '%s'", text).isEqualTo(type);
        assertThat(t.value()).as("value of '%s'", text).isEqualTo(value);
        assertThat(sentence.substring(t.start(), t.end())).isEqualTo(text);
    }

    @Test
    void thereAreAtLeastEightyCases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(80);
    }
}
