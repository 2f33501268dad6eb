package io.conflicttimeline.nlp.figure.eval;

import io.conflicttimeline.nlp.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.nlp.figure.ArticleFigures;
import io.conflicttimeline.nlp.figure.CasualtyAggregator;
import io.conflicttimeline.nlp.figure.CasualtyAggregator.Casualties;
import io.conflicttimeline.nlp.figure.Figure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Casualty extraction measured on real reporting: the SemEval-2018 Task 5 gun-violence articles with Gun Violence
 * Archive gold killed/injured counts (../shared/data/incidents, or $CT_SHARED_DATA/incidents). Skips when absent.
 *
 * <p>Per article, {@link CasualtyAggregator#report} reduces the sentence figures to the main incident's counts;
 * per incident, the articles' counts are combined as the timeline combines its sources ({@link TimelineBestFigure}:
 * the most-stated exact count, ties to the larger; an article silent on a kind does not vote; the wounded voted by the
 * articles that agree on the death toll). Incidents are split
 * into a dev half and a held-out half ({@link #isDev}); mismatches of dev articles only are written to
 * target/figure-eval-errors.txt for error analysis, so the held-out half stays unseen.
 */
class IncidentCasualtyEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Gold(int killed, int injured) {}

    /**
     * The fixed split that keeps the measurement honest: an incident is in the dev half (error analysis and rule
     * development) when the CRC-32 of its id is even, else in the held-out half (only measured).
     */
    static boolean isDev(String incidentId) {
        CRC32 crc = new CRC32();
        crc.update(incidentId.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    /** Exact matches and absolute errors of killed and injured counts. */
    static final class Score {
        int n;
        int killedExact;
        int injuredExact;
        long killedAbs;
        long injuredAbs;

        void add(Gold g, int killed, int injured) {
            n++;
            killedExact += killed == g.killed() ? 1 : 0;
            injuredExact += injured == g.injured() ? 1 : 0;
            killedAbs += Math.abs(killed - g.killed());
            injuredAbs += Math.abs(injured - g.injured());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d: killed exact %.3f (MAE %.3f), injured exact %.3f (MAE %.3f)", n,
                    killedExact / (double) n, killedAbs / (double) n, injuredExact / (double) n,
                    injuredAbs / (double) n);
        }
    }

    private static String show(CasualtyAggregator.Count c) {
        return c == null ? "-" : c.value() + " " + c.qualifier();
    }

    @Test
    void casualtiesMatchTheGunViolenceArchive() throws IOException {
        Path dir = SharedData.resolve("incidents/incidents.jsonl", "IncidentCasualtyEvaluation")
                .map(Path::getParent).orElse(null);
        if (dir == null) {
            Assumptions.abort("no incident data");
        }
        Path documents = dir.resolve("documents.jsonl");
        Path incidents = dir.resolve("incidents.jsonl");
        long started = System.nanoTime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        Map<String, Gold> gold = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(incidents, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = JSON.readTree(line);
                gold.putIfAbsent(n.get("incident_uri").asText(),
                        new Gold(n.get("num_killed").asInt(), n.get("num_injured").asInt()));
            }
        }
        ArticleFigures articles = new ArticleFigures();
        CasualtyAggregator aggregator = new CasualtyAggregator();
        Map<String, List<CasualtyAggregator.Report>> byIncident = new LinkedHashMap<>();
        Score[] perArticle = {new Score(), new Score(), new Score()};
        Path errors = Path.of("target", "figure-eval-errors.txt");
        Path predictions = Path.of("target", "figure-eval-predictions.tsv");
        Files.createDirectories(errors.getParent());
        try (BufferedReader r = Files.newBufferedReader(documents, StandardCharsets.UTF_8);
             PrintWriter err = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8));
             PrintWriter pred = new PrintWriter(Files.newBufferedWriter(predictions, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode d = JSON.readTree(line);
                String incident = d.get("incident_id").asText();
                Gold g = gold.get(incident);
                if (g == null) {
                    continue;
                }
                String text = d.get("title").asText("") + "\n" + d.get("content").asText("");
                List<Figure> figures = articles.figures(text);
                CasualtyAggregator.Report report = aggregator.report(text, figures);
                Casualties c = report.casualties();
                byIncident.computeIfAbsent(incident, k -> new ArrayList<>()).add(report);
                boolean dev = isDev(incident);
                pred.printf("%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%s\t%s%n", dev ? "dev" : "held-out", incident,
                        d.get("doc_id").asText(), g.killed(), g.injured(), c.killed(), c.injured(), figures.size(),
                        show(report.killed()), show(report.injured()));
                perArticle[dev ? 0 : 1].add(g, c.killed(), c.injured());
                perArticle[2].add(g, c.killed(), c.injured());
                // error analysis only ever looks at the dev half: the held-out half stays unseen
                if (dev && (c.killed() != g.killed() || c.injured() != g.injured())) {
                    err.printf("### %s doc=%s gold k=%d i=%d  pred k=%d i=%d%n", incident,
                            d.get("doc_id").asText(), g.killed(), g.injured(), c.killed(), c.injured());
                    for (Figure f : figures) {
                        err.printf("   %s %d %s @%d \"%s\"%n", f.kind(), f.value(), f.qualifier(), f.start(),
                                f.text().replace('\n', ' '));
                    }
                    err.println("   " + text.substring(0, Math.min(700, text.length())).replace('\n', ' '));
                }
            }
        }
        Score[] perIncident = {new Score(), new Score(), new Score()};
        for (Map.Entry<String, List<CasualtyAggregator.Report>> e : byIncident.entrySet()) {
            Gold g = gold.get(e.getKey());
            // what the timeline would show: its best figure over the articles, a kind no article states as zero
            TimelineBestFigure.Best best = TimelineBestFigure.casualties(
                    e.getValue().stream().map(CasualtyAggregator.Report::killed).toList(),
                    e.getValue().stream().map(CasualtyAggregator.Report::injured).toList());
            int k = best.killed() == null ? 0 : best.killed();
            int i = best.injured() == null ? 0 : best.injured();
            perIncident[isDev(e.getKey()) ? 0 : 1].add(g, k, i);
            perIncident[2].add(g, k, i);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        String[] halves = {"dev", "held-out", "total"};
        for (int h = 0; h < 3; h++) {
            System.out.printf(Locale.ROOT, "IncidentCasualtyEvaluation [%s]: %s articles; %s incidents%n", halves[h],
                    perArticle[h], perIncident[h]);
        }
        System.out.printf(Locale.ROOT, "IncidentCasualtyEvaluation: %.1f s wall, %.1f s CPU%n", seconds, cpuSeconds);
        int n = perArticle[2].n;
        int incidentsN = perIncident[2].n;
        int incKilled = perIncident[2].killedExact;
        int incInjured = perIncident[2].injuredExact;
        assertThat(n).isPositive();
        // regression floors just under the measured figures (total 0.905 / 0.835; the injured target 0.85 is not reached)
        assertThat(incKilled / (double) incidentsN).as("incident killed exact").isGreaterThanOrEqualTo(0.900);
        assertThat(incInjured / (double) incidentsN).as("incident injured exact").isGreaterThanOrEqualTo(0.830);
        assertThat(cpuSeconds).as("CPU seconds").isLessThan(60);
    }

}
