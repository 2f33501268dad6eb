package io.conflicttimeline.timeline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.timeline.event.PlacementService;
import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import io.conflicttimeline.timeline.support.TimelineTables;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Step B of the clustering evaluation: how well the timeline groups real reports of one incident. The gun-violence
 * corpus (../shared/data/incidents: 5,076 articles, 2,929 Gun Violence Archive incidents) is annotated once by the
 * nlp-service's real pipeline (step A, nlp-service {@code eval.IncidentAnnotationCache}, cached in
 * target/eval/incidents-annotated.tsv at the repository root, or CT_EVAL_CACHE); here every annotation goes through the
 * real {@link PlacementService} into the test database, in the corpus order and in a shuffled order. Each article's
 * cluster is the timeline event its main event mention sits in after all placements (an article without one is a
 * singleton); B-cubed precision, recall and F1 against the incidents are printed, with the worst over-merges and
 * splits (details in target/eval/clustering-errors-&lt;order&gt;.txt).
 *
 * <p>Explicitly requested only ({@code -Dct.eval.cluster=true}): a run places 5,076 articles per order and empties
 * the timeline tables of the test database. {@code -Dct.eval.orders=corpus,shuffled} picks the orders (also
 * {@code reversed}), {@code -Dct.eval.published=2017} the articles published in one year (or month, 2017-03).
 */
@QuarkusTest
class IncidentClusteringEvaluationTest {

    private static final int WORST = 12;
    private static final ObjectMapper LENIENT = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    PlacementService placement;
    @Inject
    ObjectMapper mapper;

    record Item(String incident, String json, ArticleAnnotated annotation) {
    }

    record Placed(String articleId, String eventId, String type, String date, String place, String figures) {
    }

    static Path cacheFile() {
        String configured = System.getProperty("CT_EVAL_CACHE", System.getenv("CT_EVAL_CACHE"));
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("..", "target", "eval", "incidents-annotated.tsv");
    }

    @Test
    void reportsOfOneIncidentFormOneEvent() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("ct.eval.cluster"),
                "IncidentClusteringEvaluation: run with -Dct.eval.cluster=true (empties the test timeline tables)");
        Path cache = cacheFile();
        if (!Files.isRegularFile(cache)) {
            System.out.println("[IncidentClusteringEvaluation] skipped: no annotation cache " + cache.toAbsolutePath()
                    + "; build it with nlp-service's eval.IncidentAnnotationCache (-Dct.eval.annotate=true), which"
                    + " needs ../shared/data/incidents");
            Assumptions.abort("no annotation cache");
        }
        // -Dct.eval.published=2017 keeps the articles published in 2017 (a quicker run at the full density of a year).
        String published = System.getProperty("ct.eval.published", "");
        List<Item> items = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                String json = line.substring(tab + 1);
                ArticleAnnotated annotation = mapper.readValue(json, ArticleAnnotated.class);
                if (annotation.publishedAt() != null && annotation.publishedAt().startsWith(published)) {
                    items.add(new Item(line.substring(0, tab), json, annotation));
                }
            }
        }
        Map<String, List<String>> partitions = new LinkedHashMap<>();
        for (String order : System.getProperty("ct.eval.orders", "corpus,shuffled").split(",")) {
            List<Item> arrival = new ArrayList<>(items);
            if ("shuffled".equals(order)) {
                Collections.shuffle(arrival, new Random(20261121L));
            } else if ("reversed".equals(order)) {
                Collections.reverse(arrival);
            }
            partitions.put(order, run(order, items, arrival));
        }
        if (partitions.size() > 1) {
            List<List<String>> all = new ArrayList<>(partitions.values());
            BCubed agreement = BCubed.of(all.get(0), all.get(1));
            System.out.printf(Locale.ROOT, "IncidentClusteringEvaluation: %s vs %s partitions: B-cubed P %.4f R %.4f"
                            + " (1.0 = identical)%n", partitions.keySet().toArray()[0],
                    partitions.keySet().toArray()[1], agreement.precision(), agreement.recall());
        }
    }

    /** Places the items in the arrival order; returns each item's cluster label (by the items' corpus order). */
    private List<String> run(String order, List<Item> items, List<Item> arrival) throws IOException {
        TimelineTables.clear();
        long started = System.nanoTime();
        for (Item item : arrival) {
            try {
                VertxContextSupport.subscribeAndAwait(() -> placement.place(item.annotation(), item.json()));
            } catch (Throwable e) {
                throw new IllegalStateException("placing " + item.annotation().articleId(), e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Placed> placed = readBack();
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (Item item : items) {
            gold.add(item.incident());
            Placed p = placed.get(item.annotation().articleId());
            predicted.add(p == null || p.eventId() == null ? "article:" + item.annotation().articleId() : p.eventId());
        }
        BCubed score = BCubed.of(gold, predicted);
        BCubed dev = BCubed.of(half(gold, true), half(predicted, gold, true));
        BCubed heldOut = BCubed.of(half(gold, false), half(predicted, gold, false));
        long withEvent = items.stream().map(i -> placed.get(i.annotation().articleId()))
                .filter(p -> p != null && p.eventId() != null).count();
        System.out.printf(Locale.ROOT, "IncidentClusteringEvaluation [%s]: %d articles (%d with a main event in the"
                        + " timeline), %d incidents -> %d clusters: B-cubed P %.4f R %.4f F1 %.4f; placed in %.1f s"
                        + " (%.1f articles/s)%n", order, items.size(), withEvent,
                gold.stream().distinct().count(), predicted.stream().distinct().count(), score.precision(),
                score.recall(), score.f1(), seconds, items.size() / seconds);
        System.out.printf(Locale.ROOT, "IncidentClusteringEvaluation [%s]: dev %d articles P %.4f R %.4f F1 %.4f;"
                        + " held-out %d articles P %.4f R %.4f F1 %.4f%n", order, dev.items(), dev.precision(),
                dev.recall(), dev.f1(), heldOut.items(), heldOut.precision(), heldOut.recall(), heldOut.f1());
        report(order, items, placed, gold, predicted);
        return predicted;
    }

    /** Over-merges (clusters spanning incidents) and splits (incidents spread over clusters), worst first. */
    private static void report(String order, List<Item> items, Map<String, Placed> placed, List<String> gold,
                               List<String> predicted) throws IOException {
        // Error analysis looks at the dev half only: the held-out half stays unseen.
        Map<String, List<Integer>> byCluster = group(predicted, gold);
        Map<String, List<Integer>> byIncident = group(gold, gold);
        // Wrong pairs inside a cluster: pairs of articles of different incidents.
        List<Map.Entry<String, List<Integer>>> merges = byCluster.entrySet().stream()
                .filter(e -> e.getValue().stream().map(gold::get).distinct().count() > 1)
                .sorted(Comparator.comparingLong((Map.Entry<String, List<Integer>> e) -> -wrongPairs(e.getValue(), gold)))
                .toList();
        List<Map.Entry<String, List<Integer>>> splits = byIncident.entrySet().stream()
                .filter(e -> e.getValue().stream().map(predicted::get).distinct().count() > 1)
                .sorted(Comparator.comparingLong((Map.Entry<String, List<Integer>> e) -> -wrongPairs(e.getValue(),
                        predicted)))
                .toList();
        Path errors = Path.of("target", "eval", "clustering-errors-" + order + ".txt");
        Files.createDirectories(errors.getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
            out.printf("%d over-merged clusters, %d split incidents%n", merges.size(), splits.size());
            out.println("## over-merges (cluster: articles as incident | main event type | date | place | figures)");
            merges.forEach(e -> describe(out, "cluster " + e.getKey(), e.getValue(), items, placed, gold, predicted));
            out.println("## splits (incident: articles as cluster | main event type | date | place | figures)");
            splits.forEach(e -> describe(out, "incident " + e.getKey(), e.getValue(), items, placed, gold,
                    predicted));
        }
        System.out.printf("IncidentClusteringEvaluation [%s]: dev: %d over-merged clusters, %d split incidents; details in"
                + " %s%n", order, merges.size(), splits.size(), errors.toAbsolutePath().normalize());
        PrintWriter console = new PrintWriter(System.out, true);
        console.println("worst over-merges:");
        merges.stream().limit(WORST).forEach(e -> describe(console, "cluster " + e.getKey(), e.getValue(), items,
                placed, gold, predicted));
        console.println("worst splits:");
        splits.stream().limit(WORST).forEach(e -> describe(console, "incident " + e.getKey(), e.getValue(), items,
                placed, gold, predicted));
        console.flush();
    }

    private static void describe(PrintWriter out, String what, List<Integer> members, List<Item> items,
                                 Map<String, Placed> placed, List<String> gold, List<String> predicted) {
        out.println("  " + what + " (" + members.size() + " articles)");
        for (int i : members) {
            ArticleAnnotated a = items.get(i).annotation();
            Placed p = placed.get(a.articleId());
            out.printf("    inc %s | ev %s | %s | %s | %s | %s | dct %s | %s%n", gold.get(i),
                    shortId(predicted.get(i)), p == null ? null : p.type(), p == null ? null : p.date(),
                    p == null ? null : p.place(), p == null ? null : p.figures(), a.publishedAt(),
                    a.title() == null ? "" : a.title().substring(0, Math.min(90, a.title().length())));
        }
    }

    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    private static long wrongPairs(List<Integer> members, List<String> labels) {
        Map<String, Long> counts = members.stream().collect(Collectors.groupingBy(labels::get, Collectors.counting()));
        long n = members.size();
        long same = counts.values().stream().mapToLong(c -> c * (c - 1) / 2).sum();
        return n * (n - 1) / 2 - same;
    }

    /** The items of the dev half grouped by label. */
    private static Map<String, List<Integer>> group(List<String> labels, List<String> gold) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            if (inDevHalf(gold.get(i))) {
                groups.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        return groups;
    }

    /**
     * The deterministic split of the incidents: the dev half (error analysis looks only there) and the held-out half
     * (only scored), by a hash of the incident id, so that every article of an incident falls in one half.
     */
    static boolean inDevHalf(String incident) {
        CRC32 crc = new CRC32();
        crc.update(incident.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 0;
    }

    private static List<String> half(List<String> gold, boolean dev) {
        return half(gold, gold, dev);
    }

    /** The labels of the items whose incident is in the dev half (or in the held-out half). */
    private static List<String> half(List<String> labels, List<String> gold, boolean dev) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (inDevHalf(gold.get(i)) == dev) {
                kept.add(labels.get(i));
            }
        }
        return kept;
    }

    /** Each article's main event mention after all placements (inference may have moved it). */
    private static Map<String, Placed> readBack() {
        String url = "jdbc:postgresql://" + env("POSTGRES_HOST", "127.0.0.1") + ":" + env("POSTGRES_PORT", "5432")
                + "/" + env("CT_TEST_DB", "conflict_timeline_test");
        Map<String, Placed> placed = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, env("POSTGRES_USER", "postgres"),
                env("POSTGRES_PASSWORD", "postgres"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select a.id, m.event_id, m.sub_type, m.date_value,"
                     + " m.place_name, cast(m.figures as text) from timeline.article a left join timeline.event_mention m"
                     + " on m.article_id = a.id and m.annotation_event_id = a.main_event_id")) {
            while (rows.next()) {
                placed.put(rows.getString(1), new Placed(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), compactFigures(rows.getString(6))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the placements back", e);
        }
        return placed;
    }

    /** killed/injured of the stored figures JSON, e.g. "k=2 i=3~" (~ about, + at least, - at most). */
    private static String compactFigures(String json) {
        if (json == null || json.isBlank()) {
            return "-";
        }
        try {
            ArticleAnnotated.Figures f = LENIENT.readValue(json, ArticleAnnotated.Figures.class);
            String out = (count("k", f.killed()) + " " + count("i", f.injured())).trim();
            return out.isEmpty() ? "-" : out;
        } catch (IOException e) {
            return "?";
        }
    }

    private static String count(String key, ArticleAnnotated.Count c) {
        if (c == null || c.value() == null) {
            return "";
        }
        String q = c.qualifier() == null ? "" : switch (c.qualifier()) {
            case "about" -> "~";
            case "at_least" -> "+";
            case "at_most" -> "-";
            default -> "";
        };
        return key + "=" + c.value() + q;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
