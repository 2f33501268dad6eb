package io.conflicttimeline.nlp.figure.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.nlp.SharedData;
import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.annotation.Annotator;
import io.conflicttimeline.nlp.annotation.BoilerplateFilter;
import io.conflicttimeline.nlp.figure.CasualtyAggregator.Count;
import io.conflicttimeline.nlp.figure.eval.IncidentCasualtyEvaluationTest.Gold;
import io.conflicttimeline.nlp.figure.eval.IncidentCasualtyEvaluationTest.Score;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleIngested;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
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
 * Casualties as the service sends them: every gun-violence article (../shared/data/incidents) goes through the whole
 * annotator as the nlp-service runs it (boilerplate lines dropped, the corpus's creation time as publication date),
 * and the main event's killed/injured counts in the annotation message are scored against the Gun Violence Archive,
 * per article and per incident (the articles combined by the timeline's rule, {@link TimelineBestFigure}), on the
 * same dev / held-out halves as {@link IncidentCasualtyEvaluationTest}. Mismatches of dev incidents only are written
 * to target/service-figure-errors.txt.
 *
 * <p>Explicitly requested only ({@code -Dct.eval.service=true}): annotating the corpus takes minutes.
 */
class IncidentServiceFiguresEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Sent(String docId, Count killed, Count injured) {}

    @Test
    void mainEventFiguresMatchTheGunViolenceArchive() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("ct.eval.service"),
                "IncidentServiceFiguresEvaluation: run with -Dct.eval.service=true (annotates 5,000 articles)");
        Path incidents = SharedData.resolve("incidents/incidents.jsonl", "IncidentServiceFiguresEvaluation").orElse(null);
        Assumptions.assumeTrue(incidents != null, "no incident data");
        Map<String, Gold> gold = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(incidents, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = JSON.readTree(line);
                gold.putIfAbsent(n.get("incident_uri").asText(),
                        new Gold(n.get("num_killed").asInt(), n.get("num_injured").asInt()));
            }
        }
        Annotator annotator = TestPipeline.annotator();
        BoilerplateFilter boilerplate = new BoilerplateFilter();
        Map<String, List<Sent>> byIncident = new LinkedHashMap<>();
        Score[] perArticle = {new Score(), new Score(), new Score()};
        try (BufferedReader r = Files.newBufferedReader(incidents.resolveSibling("documents.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode d = JSON.readTree(line);
                String incident = d.get("incident_id").asText();
                Gold g = gold.get(incident);
                String text = boilerplate.clean(d.path("content").asText(""));
                if (g == null || text.isBlank()) {
                    continue;
                }
                ArticleAnnotated a = annotator.annotate(new ArticleIngested(1, d.get("doc_id").asText(),
                        d.path("title").asText(null), d.path("uri").asText(null), null, d.path("dct").asText(null), "en",
                        text, null));
                ArticleAnnotated.Figures f = a.events().stream().filter(e -> e.id().equals(a.mainEventId()))
                        .map(ArticleAnnotated.Event::figures).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                Sent sent = new Sent(d.get("doc_id").asText(), count(f == null ? null : f.killed()),
                        count(f == null ? null : f.injured()));
                byIncident.computeIfAbsent(incident, k -> new ArrayList<>()).add(sent);
                int h = IncidentCasualtyEvaluationTest.isDev(incident) ? 0 : 1;
                for (int half : new int[] {h, 2}) {
                    perArticle[half].add(g, value(sent.killed()), value(sent.injured()));
                }
            }
        }
        Score[] perIncident = {new Score(), new Score(), new Score()};
        Score[] eachAlone = {new Score(), new Score(), new Score()};
        try (PrintWriter err = new PrintWriter(Files.newBufferedWriter(Path.of("target", "service-figure-errors.txt"),
                StandardCharsets.UTF_8))) {
            for (Map.Entry<String, List<Sent>> e : byIncident.entrySet()) {
                Gold g = gold.get(e.getKey());
                List<Sent> sent = e.getValue();
                TimelineBestFigure.Best best = TimelineBestFigure.casualties(sent.stream().map(Sent::killed).toList(),
                        sent.stream().map(Sent::injured).toList());
                int k = best.killed() == null ? 0 : best.killed();
                int i = best.injured() == null ? 0 : best.injured();
                boolean dev = IncidentCasualtyEvaluationTest.isDev(e.getKey());
                Integer alone = TimelineBestFigure.best(sent.stream().map(Sent::injured).toList());
                for (int half : new int[] {dev ? 0 : 1, 2}) {
                    perIncident[half].add(g, k, i);
                    eachAlone[half].add(g, k, alone == null ? 0 : alone);
                }
                // error analysis only ever looks at the dev half
                if (dev && (k != g.killed() || i != g.injured())) {
                    err.printf("%s gold k=%d i=%d sent k=%d i=%d:%s%n", e.getKey(), g.killed(), g.injured(), k, i,
                            sent.stream().map(s -> " " + s.docId().substring(0, 8) + " " + show(s.killed()) + "/"
                                    + show(s.injured())).reduce("", String::concat));
                }
            }
        }
        String[] halves = {"dev", "held-out", "total"};
        for (int h = 0; h < 3; h++) {
            System.out.printf(Locale.ROOT, "IncidentServiceFiguresEvaluation [%s]: %s articles; %s incidents%n",
                    halves[h], perArticle[h], perIncident[h]);
            System.out.printf(Locale.ROOT, "IncidentServiceFiguresEvaluation [%s]: injured voted alone %s%n",
                    halves[h], eachAlone[h]);
        }
        assertThat(perIncident[2].n).isPositive();
    }

    private static Count count(ArticleAnnotated.Count c) {
        return c == null ? null : new Count(c.value(), c.qualifier());
    }

    private static int value(Count c) {
        return c == null ? 0 : c.value();
    }

    private static String show(Count c) {
        return c == null ? "-" : String.valueOf(c.value());
    }
}
