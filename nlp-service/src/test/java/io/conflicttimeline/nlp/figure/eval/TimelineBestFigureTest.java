package io.conflicttimeline.nlp.figure.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.conflicttimeline.nlp.figure.CasualtyAggregator.Count;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins {@link TimelineBestFigure} to the timeline's FigureRange through the cases both modules run. */
class TimelineBestFigureTest {

    @Test
    void theEvaluationCombinesArticlesAsTheTimelineDoes() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        InputStream in = getClass().getResourceAsStream("/figure-reconciliation/cases.tsv");
        assertThat(in).as("timeline-service's figure-reconciliation/cases.tsv on the test classpath").isNotNull();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                cases++;
                String[] parts = line.split("\t");
                List<Count> reports = new ArrayList<>();
                for (String report : parts[0].split(";")) {
                    String[] vq = report.trim().split(" ");
                    reports.add(vq[0].equals("-") ? null : new Count(Integer.parseInt(vq[0]), vq[1]));
                }
                Integer best = TimelineBestFigure.best(reports);
                String expected = parts[1].trim().split(" ")[1];
                if (!String.valueOf(best == null ? "-" : best).equals(expected)) {
                    failures.add(parts[0] + ": expected best " + expected + ", got " + best);
                }
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(10);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void theEvaluationVotesTheWoundedAsTheTimelineDoes() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        InputStream in = getClass().getResourceAsStream("/figure-reconciliation/injured-cases.tsv");
        assertThat(in).as("timeline-service's figure-reconciliation/injured-cases.tsv on the test classpath").isNotNull();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                cases++;
                String[] parts = line.split("\t");
                Integer best = TimelineBestFigure.casualties(reports(parts[0]), reports(parts[1])).injured();
                String expected = parts[2].trim().split(" ")[1];
                if (!String.valueOf(best == null ? "-" : best).equals(expected)) {
                    failures.add(line + ": expected best " + expected + ", got " + best);
                }
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(8);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private static List<Count> reports(String column) {
        List<Count> reports = new ArrayList<>();
        for (String report : column.split(";")) {
            String[] vq = report.trim().split(" ");
            reports.add(vq[0].equals("-") ? null : new Count(Integer.parseInt(vq[0]), vq[1]));
        }
        return reports;
    }
}
