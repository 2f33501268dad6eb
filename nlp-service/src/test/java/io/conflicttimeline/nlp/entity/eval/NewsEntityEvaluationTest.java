package io.conflicttimeline.nlp.entity.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.nlp.SharedData;
import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.entity.Actor;
import io.conflicttimeline.nlp.entity.EntityMention;
import io.conflicttimeline.nlp.entity.EntityRecognizer;
import io.conflicttimeline.nlp.place.PlaceMention;
import io.conflicttimeline.nlp.place.PlaceRecognizer;
import io.conflicttimeline.nlp.text.AnalyzedText;

/**
 * People and organizations on real war reporting: F1 of the entity step against the hand annotation in
 * {@code eval/news-entities.tsv} (32 articles of {@code news/guardian-nyt-2022.jsonl}, see the file's header for the
 * selection and the guideline). Skips when the shared data is absent.
 *
 * <p>Unit of scoring: per article, the set of distinct (type, identity) entities. The system's identities are its
 * actors (mentions grouped by entity id); gold ones are the annotated rows. A system entity matches a gold entity of the
 * same type when any of its names (canonical name, KB aliases, surfaces of its mentions in the article) equals any gold
 * name (canonical or alias) after normalization: diacritics, case, curly apostrophes, periods, a leading "the" and a
 * trailing possessive are ignored. Matching is one-to-one (a person split into two identities costs a false positive).
 * Countries and capitals are places by the guideline, so a system organization all of whose mentions are country or
 * capital names ("Russia said", "Moscow insisted" read as a government) is not scored; "Russian forces" or "the Kremlin" are.
 */
class NewsEntityEvaluationTest {

    private static final String CORPUS = "news/guardian-nyt-2022.jsonl";
    private static final String GOLD = "eval/news-entities.tsv";
    private static final String TAG = "[NewsEntityEvaluation]";
    /** The annotated selection: every 13th non-blank line of the corpus, from the first. */
    private static final int EVERY = 13;
    /** -Dct.eval.show=id,id prints the mentions found in those articles (for looking into errors). */
    private static final Set<String> SHOW = Set.of(System.getProperty("ct.eval.show", "").split(","));

    record Gold(String type, String canonical, Set<String> names) {
    }

    record Found(String type, Actor actor, Set<String> names, List<String> surfaces) {
    }

    @Test
    void peopleAndOrganizationsF1() throws IOException {
        Path file = SharedData.resolve(CORPUS, "NewsEntityEvaluationTest").orElse(null);
        assumeTrue(file != null, "shared news corpus absent");
        Map<String, List<Gold>> gold = loadGold();
        Map<String, String> texts = new LinkedHashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        for (int i = 0; i < lines.size(); i += EVERY) {
            JsonNode n = mapper.readTree(lines.get(i));
            texts.put(n.path("id").asText(), n.path("text").asText(""));
            gold.putIfAbsent(n.path("id").asText(), new ArrayList<>()); // an article without people or organizations
        }
        assertThat(texts.keySet()).as("annotated articles are the selection").containsExactlyInAnyOrderElementsOf(gold.keySet());

        PlaceRecognizer places = new PlaceRecognizer(TestPipeline.gazetteer());
        EntityRecognizer entities = new EntityRecognizer(TestPipeline.kb(), TestPipeline.gazetteer());
        Map<String, int[]> counts = new LinkedHashMap<>(); // type -> tp, fp, fn
        counts.put("PER", new int[3]);
        counts.put("ORG", new int[3]);
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, String> article : texts.entrySet()) {
            String id = article.getKey();
            String text = article.getValue();
            // the entity step exactly as the Annotator runs it
            AnalyzedText at = TestPipeline.analyzer().analyze(text);
            List<PlaceMention> placeMentions = new ArrayList<>(places.recognize(at));
            List<EntityMention> mentions = entities.recognize(at, placeMentions);
            if (SHOW.contains(id)) {
                mentions.forEach(m -> System.out.println(TAG + " show " + id + " [" + m.text() + "] " + m.actor().kind() + " "
                        + m.actor().name()));
            }
            List<Found> found = group(mentions, placeMentions);
            List<Gold> expected = new ArrayList<>(gold.get(id));
            for (Found f : found) {
                Gold match = expected.stream().filter(g -> g.type().equals(f.type()) && intersects(g.names(), f.names()))
                        .findFirst().orElse(null);
                if (match != null) {
                    expected.remove(match);
                    counts.get(f.type())[0]++;
                } else {
                    counts.get(f.type())[1]++;
                    errors.add(String.format("FP %s %s %s %s surfaces=%s", id, f.type(), f.actor().name(), f.actor().entityId(),
                            new LinkedHashSet<>(f.surfaces())));
                }
            }
            for (Gold g : expected) {
                counts.get(g.type())[2]++;
                errors.add(String.format("FN %s %s %s", id, g.type(), g.canonical()));
            }
        }
        errors.stream().sorted().forEach(e -> System.out.println(TAG + " " + e));
        int[] all = new int[3];
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            for (int k = 0; k < 3; k++) {
                all[k] += c[k];
            }
            print(e.getKey(), c);
        }
        double f1 = print("all", all);
        System.out.printf(Locale.ROOT, "%s %d articles, %d gold entities; target F1 >= 0.92%n", TAG, texts.size(), all[0] + all[2]);
        // a regression floor at the level reached, below the 0.92 target until the recognizer gets there
        assertThat(f1).as("people+organizations F1").isGreaterThanOrEqualTo(FLOOR);
    }

    private static final double FLOOR = 0.90;

    private static double print(String type, int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%s %s: tp=%d fp=%d fn=%d precision=%.3f recall=%.3f F1=%.3f%n", TAG, type, c[0], c[1], c[2], p, r, f);
        return f;
    }

    /** Mentions grouped by identity; organizations named only by a place name (metonymy) are left out, see above. */
    private static List<Found> group(List<EntityMention> mentions, List<PlaceMention> places) {
        Map<String, Found> byId = new LinkedHashMap<>();
        Map<String, Boolean> onlyPlaces = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            Actor a = m.actor();
            Found f = byId.computeIfAbsent(a.entityId(), k -> {
                Set<String> names = new HashSet<>();
                names.add(normalize(a.name()));
                a.aliases().forEach(x -> names.add(normalize(x)));
                return new Found(a.isPerson() ? "PER" : "ORG", a, names, new ArrayList<>());
            });
            f.names().add(normalize(m.text()));
            f.surfaces().add(m.text());
            boolean place = places.stream().anyMatch(p -> p.start() <= m.start() && p.end() >= m.end() && countryOrCapital(p));
            onlyPlaces.merge(a.entityId(), place, Boolean::logicalAnd);
        }
        return byId.values().stream().filter(f -> f.actor().isPerson() || !onlyPlaces.get(f.actor().entityId())).toList();
    }

    private static boolean countryOrCapital(PlaceMention p) {
        return p.entry().kind().equals("country") || TestPipeline.gazetteer().capitalOf(p.entry().country()) == p.entry();
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace(".", "").toLowerCase(Locale.ROOT).strip();
        s = s.replaceAll("\\s+", " ");
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static Map<String, List<Gold>> loadGold() throws IOException {
        Map<String, List<Gold>> gold = new LinkedHashMap<>();
        try (InputStream in = NewsEntityEvaluationTest.class.getClassLoader().getResourceAsStream(GOLD)) {
            assertThat(in).as(GOLD).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("article\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Set<String> names = new HashSet<>();
                names.add(normalize(f[2]));
                if (f.length > 3) {
                    for (String alias : f[3].split("\\|")) {
                        if (!alias.isBlank()) {
                            names.add(normalize(alias));
                        }
                    }
                }
                gold.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Gold(f[1], f[2], names));
            }
        }
        return gold;
    }
}
