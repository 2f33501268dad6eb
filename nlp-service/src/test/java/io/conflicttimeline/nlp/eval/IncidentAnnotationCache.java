package io.conflicttimeline.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.nlp.SharedData;
import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.annotation.Annotator;
import io.conflicttimeline.nlp.annotation.BoilerplateFilter;
import io.conflicttimeline.nlp.messaging.ArticleIngested;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Step A of the clustering evaluation (timeline-service {@code IncidentClusteringEvaluationTest}): annotates every
 * article of the gun-violence incident corpus (../shared/data/incidents/documents.jsonl) once with the real pipeline,
 * as the nlp-service would (boilerplate lines dropped, the corpus's document creation time as {@code publishedAt},
 * {@code doc_id} as articleId), and writes one ArticleAnnotated v1 JSON per line, prefixed by the gold incident id
 * and a tab, to {@link #cacheFile()}. Only the gold incident id travels with it; the timeline side never sees it
 * before it scores.
 *
 * <p>Explicitly requested only ({@code -Dct.eval.annotate=true}): it takes minutes, and the cache is reused.
 */
class IncidentAnnotationCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** CT_EVAL_CACHE (property or environment), else target/eval/incidents-annotated.tsv at the repository root. */
    static Path cacheFile() {
        String configured = System.getProperty("CT_EVAL_CACHE", System.getenv("CT_EVAL_CACHE"));
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("..", "target", "eval", "incidents-annotated.tsv");
    }

    @Test
    void annotateTheIncidentCorpus() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("ct.eval.annotate"),
                "IncidentAnnotationCache: run with -Dct.eval.annotate=true to (re)build the annotation cache");
        Path documents = SharedData.resolve("incidents/documents.jsonl", "IncidentAnnotationCache").orElse(null);
        Assumptions.assumeTrue(documents != null, "no incident data");
        Path cache = cacheFile();
        Files.createDirectories(cache.toAbsolutePath().getParent());
        Path partial = cache.resolveSibling(cache.getFileName() + ".partial");
        Annotator annotator = TestPipeline.annotator();
        BoilerplateFilter boilerplate = new BoilerplateFilter();
        long started = System.nanoTime();
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(documents, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode d = JSON.readTree(line);
                String text = boilerplate.clean(d.path("content").asText(""));
                if (text.isBlank()) {
                    continue;
                }
                String dct = d.path("dct").asText(null);
                ArticleIngested article = new ArticleIngested(1, d.get("doc_id").asText(), d.path("title").asText(null),
                        d.path("uri").asText(null), null, dct, "en", text, null);
                out.write(d.get("incident_id").asText());
                out.write('\t');
                out.write(JSON.writeValueAsString(annotator.annotate(article)));
                out.write('\n');
                n++;
            }
        }
        Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "IncidentAnnotationCache: %d articles annotated in %.1f s -> %s%n", n,
                (System.nanoTime() - started) / 1e9, cache.toAbsolutePath().normalize());
    }
}
