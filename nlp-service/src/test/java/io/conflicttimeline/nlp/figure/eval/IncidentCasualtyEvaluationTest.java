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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Casualty extraction measured on real reporting: the SemEval-2018 Task 5 gun-violence articles with Gun Violence
 * Archive gold killed/injured counts (../shared/data/incidents, or $CT_SHARED_DATA/incidents). Skips when absent.
 *
 * <p>Per article, {@link CasualtyAggregator} reduces the sentence figures to the main incident's counts; per
 * incident, {@link CasualtyAggregator#combine} takes a majority vote over the articles that state any casualty
 * figure (ties to the larger count). Mismatches are written to target/figure-eval-errors.txt for error analysis.
 */
class IncidentCasualtyEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Gold(int killed, int injured) {}

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
        Map<String, List<Casualties>> byIncident = new LinkedHashMap<>();
        int n = 0;
        int killedExact = 0;
        int injuredExact = 0;
        long killedAbs = 0;
        long injuredAbs = 0;
        Path errors = Path.of("target", "figure-eval-errors.txt");
        Path predictions = Path.of("target", "figure-eval-predictions.tsv");
        Files.createDirectories(errors.getParent());
        try (BufferedReader r = Files.newBufferedReader(documents, StandardCharsets.UTF_8);
             PrintWriter err = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8));
             PrintWriter pred = new PrintWriter(Files.newBufferedWriter(predictions, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode d = JSON.readTree(line);
                Gold g = gold.get(d.get("incident_id").asText());
                if (g == null) {
                    continue;
                }
                String text = d.get("title").asText("") + "\n" + d.get("content").asText("");
                List<Figure> figures = articles.figures(text);
                Casualties c = aggregator.aggregate(text, figures);
                byIncident.computeIfAbsent(d.get("incident_id").asText(), k -> new ArrayList<>()).add(c);
                pred.printf("%s\t%s\t%d\t%d\t%d\t%d\t%d%n", d.get("incident_id").asText(), d.get("doc_id").asText(),
                        g.killed(), g.injured(), c.killed(), c.injured(), figures.size());
                n++;
                killedExact += c.killed() == g.killed() ? 1 : 0;
                injuredExact += c.injured() == g.injured() ? 1 : 0;
                killedAbs += Math.abs(c.killed() - g.killed());
                injuredAbs += Math.abs(c.injured() - g.injured());
                if (c.killed() != g.killed() || c.injured() != g.injured()) {
                    err.printf("### %s doc=%s gold k=%d i=%d  pred k=%d i=%d%n", d.get("incident_id").asText(),
                            d.get("doc_id").asText(), g.killed(), g.injured(), c.killed(), c.injured());
                    for (Figure f : figures) {
                        err.printf("   %s %d %s @%d \"%s\"%n", f.kind(), f.value(), f.qualifier(), f.start(),
                                f.text().replace('\n', ' '));
                    }
                    err.println("   " + text.substring(0, Math.min(700, text.length())).replace('\n', ' '));
                }
            }
        }
        int incidentsN = 0;
        int incKilled = 0;
        int incInjured = 0;
        long incKilledAbs = 0;
        long incInjuredAbs = 0;
        for (Map.Entry<String, List<Casualties>> e : byIncident.entrySet()) {
            Gold g = gold.get(e.getKey());
            Casualties combined = CasualtyAggregator.combine(e.getValue());
            int k = combined.killed();
            int i = combined.injured();
            incidentsN++;
            incKilled += k == g.killed() ? 1 : 0;
            incInjured += i == g.injured() ? 1 : 0;
            incKilledAbs += Math.abs(k - g.killed());
            incInjuredAbs += Math.abs(i - g.injured());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        System.out.printf(Locale.ROOT, "IncidentCasualtyEvaluation: %d articles: killed exact %.3f (MAE %.3f), "
                        + "injured exact %.3f (MAE %.3f)%n", n, killedExact / (double) n, killedAbs / (double) n,
                injuredExact / (double) n, injuredAbs / (double) n);
        System.out.printf(Locale.ROOT, "IncidentCasualtyEvaluation: %d incidents: killed exact %.3f (MAE %.3f), "
                        + "injured exact %.3f (MAE %.3f); %.1f s wall, %.1f s CPU%n", incidentsN, incKilled / (double) incidentsN,
                incKilledAbs / (double) incidentsN, incInjured / (double) incidentsN,
                incInjuredAbs / (double) incidentsN, seconds, cpuSeconds);
        assertThat(n).isPositive();
        // regression floors just under the measured figures (0.901 / 0.810; the injured target 0.85 is not reached)
        assertThat(incKilled / (double) incidentsN).as("incident killed exact").isGreaterThanOrEqualTo(0.895);
        assertThat(incInjured / (double) incidentsN).as("incident injured exact").isGreaterThanOrEqualTo(0.805);
        assertThat(cpuSeconds).as("CPU seconds").isLessThan(60);
    }

}
