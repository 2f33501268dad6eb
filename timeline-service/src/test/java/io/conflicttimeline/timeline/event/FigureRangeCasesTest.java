package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the shared reconciliation cases (figure-reconciliation/cases.tsv, also read by nlp-service's casualty
 * evaluation so that it combines an incident's articles as the timeline does) through {@link FigureRange#of}.
 */
class FigureRangeCasesTest {

    @Test
    void everySharedCaseReconcilesAsWritten() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        try (InputStream in = getClass().getResourceAsStream("/figure-reconciliation/cases.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                cases++;
                String[] parts = line.split("\t");
                List<FigureReport> reports = new ArrayList<>();
                for (String report : parts[0].split(";")) {
                    String[] vq = report.trim().split(" ");
                    reports.add(vq[0].equals("-") ? null : new FigureReport(Integer.parseInt(vq[0]), vq[1]));
                }
                FigureRange range = FigureRange.of(reports);
                String actual = range == null ? "- - - false" : show(range.low()) + " " + show(range.best()) + " "
                        + show(range.high()) + " " + range.lowerBoundOnly();
                if (!actual.equals(parts[1].trim())) {
                    failures.add(parts[0] + ": expected " + parts[1] + ", got " + actual);
                }
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(10);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void woundedFollowTheSourcesThatAgreeOnTheDeathToll() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        try (InputStream in = getClass().getResourceAsStream("/figure-reconciliation/injured-cases.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                cases++;
                String[] parts = line.split("\t");
                FigureRange range = FigureRange.injured(reports(parts[1]), reports(parts[0]));
                String actual = range == null ? "- - - false" : show(range.low()) + " " + show(range.best()) + " "
                        + show(range.high()) + " " + range.lowerBoundOnly();
                if (!actual.equals(parts[2].trim())) {
                    failures.add(line + ": got " + actual);
                }
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(8);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    /** "value qualifier" reports separated by ";", "-" for a silent source. */
    private static List<FigureReport> reports(String column) {
        List<FigureReport> reports = new ArrayList<>();
        for (String report : column.split(";")) {
            String[] vq = report.trim().split(" ");
            reports.add(vq[0].equals("-") ? null : new FigureReport(Integer.parseInt(vq[0]), vq[1]));
        }
        return reports;
    }

    private static String show(Integer value) {
        return value == null ? "-" : value.toString();
    }
}
