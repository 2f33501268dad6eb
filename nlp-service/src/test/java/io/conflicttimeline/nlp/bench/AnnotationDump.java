package io.conflicttimeline.nlp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.nlp.SharedData;
import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.annotation.Annotator;
import io.conflicttimeline.nlp.entity.EntityRecognizer;
import io.conflicttimeline.nlp.event.EventDetector;
import io.conflicttimeline.nlp.figure.FigureExtractor;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleIngested;
import io.conflicttimeline.nlp.place.PlaceRecognizer;
import io.conflicttimeline.nlp.quote.QuoteExtractor;
import io.conflicttimeline.nlp.time.PublicationDateInferrer;
import io.conflicttimeline.nlp.time.TimeTagger;

/**
 * Writes the whole annotation JSON (one line per text, fixed clock) of the seeds, the Guardian/NYT 2022 news and the
 * warline items, so that a speed change can be shown to leave every output byte unchanged: dump before and after,
 * then {@code cmp} the two files. Not a test; run with the test class path:
 * {@code java -cp <test class path> io.conflicttimeline.nlp.bench.AnnotationDump /tmp/after.jsonl} from nlp-service.
 * The shared texts are skipped, with a printed reason, when the shared data is absent.
 */
public final class AnnotationDump {

    private AnnotationDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/annotation-dump.jsonl");
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Annotator annotator = new Annotator(TestPipeline.analyzer(), new PublicationDateInferrer(), new TimeTagger(),
                new PlaceRecognizer(TestPipeline.gazetteer()), new EntityRecognizer(TestPipeline.kb(), TestPipeline.gazetteer()),
                new QuoteExtractor(), new EventDetector(new FigureExtractor(), TestPipeline.gazetteer(), TestPipeline.kb()),
                new ArticleAnnotated.Annotator("nlp-service", "dump"), fixed);
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (String seed : TestPipeline.seeds()) {
                w.println(json.writeValueAsString(annotator.annotate(ingested("seed", null, null, seed))));
                n++;
            }
            Path news = SharedData.resolve("news/guardian-nyt-2022.jsonl", "AnnotationDump").orElse(null);
            if (news != null) {
                for (JsonNode item : lines(json, news)) {
                    w.println(json.writeValueAsString(annotator.annotate(ingested("news", item.path("title").asText(null),
                            item.hasNonNull("date") ? item.get("date").asText() : null, item.path("text").asText("")))));
                    n++;
                }
            }
            Path warline = SharedData.resolve("news/warline-2022.jsonl", "AnnotationDump").orElse(null);
            if (warline != null) {
                for (JsonNode item : lines(json, warline)) {
                    // as WarlineTypingEvaluationTest builds an item: headline, blank line, English description
                    String headline = item.path("headline").asText("").strip();
                    String description = item.path("description_en").asText("").strip();
                    String time = item.path("time").asText("");
                    String published = item.path("date").asText("") + (time.matches("\\d\\d:\\d\\d") ? "T" + time + ":00Z" : "");
                    w.println(json.writeValueAsString(annotator.annotate(ingested("warline", headline, published,
                            description.isEmpty() ? headline : headline + "\n\n" + description))));
                    n++;
                }
            }
        }
        System.out.println("[AnnotationDump] " + n + " annotations written to " + out.toAbsolutePath());
    }

    private static ArticleIngested ingested(String source, String title, String publishedAt, String text) {
        return new ArticleIngested(1, source, title, null, null, publishedAt, "en", text, null);
    }

    private static List<JsonNode> lines(ObjectMapper json, Path file) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    items.add(json.readTree(line));
                }
            }
        }
        return items;
    }
}
