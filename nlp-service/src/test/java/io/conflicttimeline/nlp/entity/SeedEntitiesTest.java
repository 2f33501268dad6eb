package io.conflicttimeline.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.annotation.BoilerplateFilter;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;

/**
 * Every place, person and organization of the five seed articles (cleaned as ingest cleans them) against the
 * hand-made list in {@code seeds/expected-entities.tsv}: recall (every expected identity found, places within 0.05
 * degrees) and precision (nothing found that the list does not expect or allow). Prints per-seed figures.
 */
class SeedEntitiesTest {

    private static final double TOLERANCE = 0.05;

    /** One row of the expectations: an identity (entityId or gazetteer id) expected or allowed in a seed. */
    record Expected(String seed, boolean required, String type, String id, String name, Double lat, Double lon) {
    }

    /** One identity the pipeline found in a seed, with the first mention's text for the failure message. */
    record Found(String type, String id, String name, Double lat, Double lon, String text) {
    }

    private static final Map<String, List<Expected>> EXPECTED = new TreeMap<>();
    private static final Map<String, Map<String, Found>> FOUND = new TreeMap<>();

    @BeforeAll
    static void annotateSeeds() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SeedEntitiesTest.class.getClassLoader().getResourceAsStream("seeds/expected-entities.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("seed\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                EXPECTED.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Expected(f[0], f[1].equals("expected"), f[2], f[3], f[4],
                        f[5].isBlank() ? null : Double.valueOf(f[5]), f[6].isBlank() ? null : Double.valueOf(f[6])));
            }
        }
        BoilerplateFilter filter = new BoilerplateFilter();
        try (var files = Files.list(Path.of("..", "seeds"))) {
            for (Path p : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                String seed = p.getFileName().toString().substring(0, 3);
                ArticleAnnotated a = TestPipeline.annotate(filter.clean(Files.readString(p)), null);
                Map<String, Found> found = new LinkedHashMap<>();
                for (ArticleAnnotated.Place pl : a.places()) {
                    found.putIfAbsent(pl.gazetteerId(), new Found("PLACE", pl.gazetteerId(), pl.name(), pl.lat(), pl.lon(), pl.text()));
                }
                for (ArticleAnnotated.Entity e : a.entities()) {
                    found.putIfAbsent(e.entityId(), new Found(e.kind(), e.entityId(), e.name(), null, null, e.text()));
                }
                FOUND.put(seed, found);
            }
        }
    }

    @Test
    void everyExpectedIdentityIsFoundAndNothingElse() {
        assertThat(FOUND.keySet()).containsExactlyElementsOf(EXPECTED.keySet());
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int totalExpected = 0;
        int totalHit = 0;
        int totalFound = 0;
        int totalCorrect = 0;
        for (String seed : EXPECTED.keySet()) {
            Map<String, Found> found = FOUND.get(seed);
            Map<String, Expected> listed = new LinkedHashMap<>();
            EXPECTED.get(seed).forEach(e -> listed.put(e.id(), e));
            int expected = 0;
            int hit = 0;
            for (Expected e : listed.values()) {
                if (!e.required()) {
                    continue;
                }
                expected++;
                Found f = found.get(e.id());
                if (f == null) {
                    missing.add(seed + " " + e.type() + " " + e.id() + " " + e.name());
                    continue;
                }
                hit++;
                if (!f.name().equals(e.name()) || !f.type().equals(e.type())) {
                    wrong.add(seed + " " + e.id() + ": " + f.type() + " " + f.name() + ", expected " + e.type() + " " + e.name());
                }
                if (e.lat() != null && (f.lat() == null || Math.abs(f.lat() - e.lat()) > TOLERANCE || Math.abs(f.lon() - e.lon()) > TOLERANCE)) {
                    wrong.add(seed + " " + e.id() + " at " + f.lat() + "," + f.lon() + ", expected " + e.lat() + "," + e.lon());
                }
            }
            int correct = 0;
            for (Found f : found.values()) {
                if (listed.containsKey(f.id())) {
                    correct++;
                } else {
                    unexpected.add(seed + " " + f.type() + " " + f.id() + " " + f.name() + " (\"" + f.text() + "\")");
                }
            }
            System.out.printf("[SeedEntitiesTest] seed %s: recall %d/%d = %.3f, precision %d/%d = %.3f%n", seed, hit, expected,
                    expected == 0 ? 1.0 : (double) hit / expected, correct, found.size(),
                    found.isEmpty() ? 1.0 : (double) correct / found.size());
            totalExpected += expected;
            totalHit += hit;
            totalFound += found.size();
            totalCorrect += correct;
        }
        System.out.printf("[SeedEntitiesTest] all seeds: recall %d/%d = %.3f, precision %d/%d = %.3f%n", totalHit, totalExpected,
                (double) totalHit / totalExpected, totalCorrect, totalFound, (double) totalCorrect / totalFound);
        missing.forEach(m -> System.out.println("[SeedEntitiesTest] missing " + m));
        unexpected.forEach(m -> System.out.println("[SeedEntitiesTest] unexpected " + m));
        wrong.forEach(m -> System.out.println("[SeedEntitiesTest] wrong " + m));
        assertThat(missing).as("expected identities not found").isEmpty();
        assertThat(unexpected).as("identities found that the list neither expects nor allows").isEmpty();
        assertThat(wrong).as("identities with the wrong canonical name, kind or coordinates").isEmpty();
    }

    @Test
    void coordinatesOfTheExpectedSettlements() {
        Found kryvyiRih = FOUND.get("000").get("ua-post:50000");
        assertThat(kryvyiRih.lat()).isCloseTo(47.9105, within(TOLERANCE));
        assertThat(kryvyiRih.lon()).isCloseTo(33.3918, within(TOLERANCE));
    }
}
