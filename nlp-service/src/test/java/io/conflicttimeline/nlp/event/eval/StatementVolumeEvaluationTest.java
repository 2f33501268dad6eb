package io.conflicttimeline.nlp.event.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.nlp.SharedData;
import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.annotation.Annotator;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleIngested;

/**
 * How many events of each family full news articles yield (the seeds and the first articles of
 * ../shared/data/news/guardian-nyt-2022.jsonl): a quote inside a story about an occurrence must not become a
 * Statement event. Prints the volume per family; skips the shared part when the data is absent.
 */
class StatementVolumeEvaluationTest {

    private static final String CORPUS = "news/guardian-nyt-2022.jsonl";
    private static final int LIMIT = 60;

    @Test
    void quotesInOccurrenceStoriesAreNotStatementEvents() throws IOException {
        List<ArticleAnnotated> seeds = new ArrayList<>();
        for (String text : TestPipeline.seeds()) {
            seeds.add(TestPipeline.annotate(text, null));
        }
        report("seeds", seeds);
        Path file = SharedData.resolve(CORPUS, "StatementVolumeEvaluation").orElse(null);
        if (file == null) {
            assertThat(quoted).as("quotes in occurrence stories").isEmpty();
        }
        assumeTrue(file != null, "shared news corpus absent");
        ObjectMapper json = new ObjectMapper();
        Annotator annotator = TestPipeline.annotator();
        List<ArticleAnnotated> news = new ArrayList<>();
        for (String line : Files.readAllLines(file).stream().filter(l -> !l.isBlank()).limit(LIMIT).toList()) {
            JsonNode n = json.readTree(line);
            news.add(annotator.annotate(new ArticleIngested(1, "news-" + news.size(), n.path("title").asText(null), null,
                    n.path("source").asText(null), n.path("date").asText(null), "en", n.get("text").asText(), null)));
        }
        report("guardian-nyt", news);
        assertThat(quoted).as("quotes in occurrence stories").isEmpty();
    }

    /** Statement events of occurrence stories that are quotes (reporting verb or no named party). */
    private final List<String> quoted = new ArrayList<>();

    private void report(String corpus, List<ArticleAnnotated> articles) {
        Map<String, Integer> byFamily = new TreeMap<>();
        int statements = 0;
        for (ArticleAnnotated a : articles) {
            ArticleAnnotated.Event main = a.events().stream().filter(e -> e.id().equals(a.mainEventId())).findFirst().orElse(null);
            boolean occurrence = main != null && !main.type().equals("Statements") && !main.background();
            for (ArticleAnnotated.Event e : a.events()) {
                byFamily.merge(e.type() + " / " + e.subType(), 1, Integer::sum);
                if (e.type().equals("Statements")) {
                    statements++;
                    // a statement the story opens with, before any occurrence, is its news, not a quote about one
                    boolean opening = a.events().stream().noneMatch(o -> !o.type().equals("Statements")
                            && o.start() < e.start());
                    if (occurrence && !opening
                            && (e.actors().isEmpty() || e.trigger().matches("(?i)said|says|told|added|wrote|stated"))) {
                        quoted.add(corpus + " " + a.articleId() + " " + e.subType() + " '" + e.trigger() + "'");
                    }
                }
            }
        }
        System.out.printf("[StatementVolumeEvaluation] %s: %d articles, %.1f events and %.1f statement-family events per article%n",
                corpus, articles.size(), articles.stream().mapToInt(a -> a.events().size()).sum() / (double) articles.size(),
                statements / (double) articles.size());
        byFamily.forEach((k, v) -> System.out.printf("[StatementVolumeEvaluation]   %-60s %4d%n", k, v));
        System.out.printf("[StatementVolumeEvaluation] %s: %d quoted remarks typed as statement events in occurrence stories%n",
                corpus, quoted.stream().filter(q -> q.startsWith(corpus + " ")).count());
    }
}
