package io.conflicttimeline.nlp.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.nlp.SharedData;
import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleIngested;

/**
 * Real 2022 war reporting from the shared evaluation data (never copied into the repository): every article is
 * annotated without error and with consistent spans; prints cost and yield. Skips when the data folder is absent.
 */
class NewsCorpusRobustnessTest {

    private static final String CORPUS = "news/guardian-nyt-2022.jsonl";
    private static final int LIMIT = 60;

    @Test
    void annotatesRealReportingWithConsistentSpans() throws IOException {
        Path file = SharedData.resolve(CORPUS, "NewsCorpusRobustnessTest").orElse(null);
        assumeTrue(file != null, "shared news corpus absent");
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).limit(LIMIT).toList();
        Annotator annotator = TestPipeline.annotator();
        int events = 0;
        int places = 0;
        int quotes = 0;
        long chars = 0;
        long start = System.nanoTime();
        for (String line : lines) {
            JsonNode n = mapper.readTree(line);
            String text = n.get("text").asText();
            chars += text.length();
            ArticleAnnotated a = annotator.annotate(new ArticleIngested(1, ArticleIds.of(text), n.path("title").asText(null), null,
                    n.path("source").asText(null), n.path("date").asText(null), "en", text, null));
            a.places().forEach(p -> assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()));
            a.entities().forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
            a.quotes().forEach(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
            a.events().forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.trigger()));
            events += a.events().size();
            places += a.places().size();
            quotes += a.quotes().size();
        }
        double ms = (System.nanoTime() - start) / 1e6 / lines.size();
        System.out.printf("[NewsCorpusRobustnessTest] %d articles (avg %d chars): %.1f ms/article (incl. JIT warm-up), "
                + "%.1f events, %.1f places, %.1f quotes per article%n", lines.size(), chars / lines.size(), ms,
                (double) events / lines.size(), (double) places / lines.size(), (double) quotes / lines.size());
    }
}
