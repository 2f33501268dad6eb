package io.conflicttimeline.nlp.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every fixture sentence of figure/cases.tsv through the extractor and compares the figures as multisets. */
class FigureExtractorCasesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    record Case(String sentence, List<String> expected) {}

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = FigureExtractorCasesTest.class.getResourceAsStream("/figure/cases.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                List<String> expected = parts[1].trim().equals("-") ? List.of()
                        : Arrays.stream(parts[1].split(";")).map(String::trim).sorted().toList();
                cases.add(new Case(parts[0], expected));
            }
        }
        return cases;
    }

    @Test
    void everyFixtureSentenceYieldsExactlyItsFigures() throws IOException {
        List<Case> cases = cases();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            List<Figure> figures = extractor.extract(c.sentence(), 0, c.sentence().length());
            List<String> actual = figures.stream()
                    .map(f -> f.kind() + " " + f.value() + " " + f.qualifier()).sorted().toList();
            if (!actual.equals(c.expected())) {
                failures.add(c.sentence() + "\n   expected " + c.expected() + "\n   actual   " + actual
                        + "\n   spans    " + figures.stream().map(Figure::text).toList());
            }
            for (Figure f : figures) {
                assertThat(f.text()).isEqualTo(c.sentence().substring(f.start(), f.end()));
            }
        }
        System.out.println("figure fixtures: " + (cases.size() - failures.size()) + "/" + cases.size() + " pass");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void offsetsAreAbsoluteIntoTheWholeText() {
        String text = "Intro sentence. Two civilians were killed in Kherson. Outro.";
        int from = text.indexOf("Two");
        int to = text.indexOf("Outro");
        List<Figure> figures = extractor.extract(text, from, to);
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FigureKind.KILLED);
            assertThat(f.value()).isEqualTo(2);
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()).startsWith("Two civilians");
        });
    }
}
