package io.conflicttimeline.nlp.place.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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
 * Geocoding accuracy of the place recognizer as the annotation pipeline runs it (shipped gazetteer and actor KB,
 * places that are actors removed), in two parts; both print figures and skip when {@code ../shared} is absent.
 *
 * <p><b>Synthetic.</b> Settlements of Ukraine and of Russia's border regions (Belgorod, Bryansk, Kursk, Rostov,
 * Voronezh) are sampled with a fixed seed from the gazetteer <em>inputs</em> (countries-states-cities
 * {@code cities_UA_RU.tsv} and GeoNames {@code rg_cities1000}), keeping the source's coordinates and region as gold.
 * Each name is put into news-style sentences written here: without context ("Russian shelling hit X"), with its
 * region ("X, in the Kharkiv region", "the Kharkiv regional governor said X ..."), and near another town of the same
 * region taken from the inputs ("the village of X near Z"). Names found in several regions of the inputs are
 * homonyms and reported apart: with the region in the sentence they must resolve right; without it the figure shows
 * what population/importance picks. The region named in a sentence is scored too, as an admin1 mention.
 *
 * <p><b>Real news.</b> {@code src/test/resources/eval/news-places.tsv} lists the places named in the 299 items of
 * {@code news/warline-2022.jsonl} that name one (key {@code warline:<token_id>}, text = headline + "\n\n" +
 * description) and in four articles of {@code news/guardian-nyt-2022.jsonl} (guardian-0113, guardian-0114, nyt-0127,
 * nyt-0156; key = article id, text = body). How it was built: every capitalized word and pair was listed with the
 * rows of the gazetteer inputs of that name (a script over countries-states-cities and GeoNames cities1000, not our
 * gazetteer or resolver), plus the capitalized words after "in/near/of/village of/..." that the inputs lack; each
 * name was then read in its contexts and decided by hand: the settlement meant and its point (from
 * countries-states-cities, cities1000 or, for villages, the GeoNames postal table; the {@code source} column says
 * which), or a region (ISO 3166-2 code; "the Kyiv, Chernihiv and Sumy regions", "Sumy regional"), a Kyiv district, a
 * raion ({@code admin2}), a foreign city (country code), or {@code ignore}: not a place of the story (a person
 * "Vladimir", the "Azov" regiment or sea, "Zaporizhzhia NPP", "Moscow" as the government, a street, rivers, a place
 * the inputs do not hold such as Olenivka or Donbas). Countries are left out (acting countries are not places).
 * Only short facts are stored (key, surface form, kind, point, code), no text. Recall = gold mentions found and resolved right; precision = the sub-national mentions the pipeline outputs
 * in those items that are right (a mention whose surface is not in the list counts as wrong and is printed, so the
 * list can be checked for completeness).
 *
 * <p>"Right place": within 10 km of the gold point for settlements and districts; the right admin1 (and the mention
 * resolved at admin level) for region mentions.
 */
class GeocodingEvaluationTest {

    private static final String CITIES = "geo/dr5hn_cities/cities_UA_RU.tsv";
    private static final String CITIES1000 = "geo/rg_cities1000_2016/rg_cities1000_UA_RU.csv";
    private static final long SEED = 20220224L;
    private static final int SAMPLE_UA = 400;
    private static final int SAMPLE_RU = 100;

    /** ISO 3166-2 code -> the short English name used in "the X region" and the gazetteer's admin1 name. */
    private static final Map<String, String[]> REGIONS = new LinkedHashMap<>();

    static {
        String[][] rows = { { "UA-05", "Vinnytsia", "Vinnytsia Oblast" }, { "UA-07", "Volyn", "Volyn Oblast" },
                { "UA-09", "Luhansk", "Luhansk Oblast" }, { "UA-12", "Dnipropetrovsk", "Dnipropetrovsk Oblast" },
                { "UA-14", "Donetsk", "Donetsk Oblast" }, { "UA-18", "Zhytomyr", "Zhytomyr Oblast" },
                { "UA-21", "Zakarpattia", "Zakarpattia Oblast" }, { "UA-23", "Zaporizhzhia", "Zaporizhzhia Oblast" },
                { "UA-26", "Ivano-Frankivsk", "Ivano-Frankivsk Oblast" }, { "UA-30", "", "Kyiv City" },
                { "UA-32", "Kyiv", "Kyiv Oblast" }, { "UA-35", "Kirovohrad", "Kirovohrad Oblast" },
                { "UA-40", "", "Sevastopol City" }, { "UA-43", "", "Autonomous Republic of Crimea" },
                { "UA-46", "Lviv", "Lviv Oblast" }, { "UA-48", "Mykolaiv", "Mykolaiv Oblast" }, { "UA-51", "Odesa", "Odesa Oblast" },
                { "UA-53", "Poltava", "Poltava Oblast" }, { "UA-56", "Rivne", "Rivne Oblast" }, { "UA-59", "Sumy", "Sumy Oblast" },
                { "UA-61", "Ternopil", "Ternopil Oblast" }, { "UA-63", "Kharkiv", "Kharkiv Oblast" },
                { "UA-65", "Kherson", "Kherson Oblast" }, { "UA-68", "Khmelnytskyi", "Khmelnytskyi Oblast" },
                { "UA-71", "Cherkasy", "Cherkasy Oblast" }, { "UA-74", "Chernihiv", "Chernihiv Oblast" },
                { "UA-77", "Chernivtsi", "Chernivtsi Oblast" }, { "RU-BEL", "Belgorod", "Belgorod Oblast" },
                { "RU-BRY", "Bryansk", "Bryansk Oblast" }, { "RU-KRS", "Kursk", "Kursk Oblast" },
                { "RU-ROS", "Rostov", "Rostov Oblast" }, { "RU-VOR", "Voronezh", "Voronezh Oblast" } };
        for (String[] r : rows) {
            REGIONS.put(r[0], new String[] { r[1], r[2] });
        }
    }

    /** cities1000's region names (old spellings) -> ISO code; regions not listed are outside the evaluation. */
    private static final Map<String, String> CITIES1000_REGIONS = Map.ofEntries(Map.entry("Cherkasy", "UA-71"),
            Map.entry("Chernihiv", "UA-74"), Map.entry("Chernivtsi", "UA-77"), Map.entry("Crimea", "UA-43"),
            Map.entry("Dnipropetrovsk", "UA-12"), Map.entry("Donetsk", "UA-14"), Map.entry("Ivano-Frankivsk", "UA-26"),
            Map.entry("Kharkiv", "UA-63"), Map.entry("Kherson", "UA-65"), Map.entry("Khmelnytskyi", "UA-68"), Map.entry("Kiev", "UA-32"),
            Map.entry("Kirovohrad", "UA-35"), Map.entry("Kyiv City", "UA-30"), Map.entry("Luhansk", "UA-09"), Map.entry("Lviv", "UA-46"),
            Map.entry("Misto Sevastopol'", "UA-40"), Map.entry("Mykolaiv", "UA-48"), Map.entry("Odessa", "UA-51"),
            Map.entry("Poltava", "UA-53"), Map.entry("Rivne", "UA-56"), Map.entry("Sumy", "UA-59"), Map.entry("Ternopil", "UA-61"),
            Map.entry("Vinnyts'ka", "UA-05"), Map.entry("Volyn", "UA-07"), Map.entry("Zakarpattia", "UA-21"),
            Map.entry("Zaporizhia", "UA-23"), Map.entry("Zhytomyr", "UA-18"), Map.entry("Belgorod", "RU-BEL"),
            Map.entry("Kursk", "RU-KRS"), Map.entry("Rostov", "RU-ROS"), Map.entry("Voronezj", "RU-VOR"), Map.entry("Bryansk", "RU-BRY"));

    /** A settlement of the inputs: name, gold point and region, and whether it is a cities1000 town. */
    record Settlement(String name, double lat, double lon, String region, boolean town) {
    }

    /** One scored mention: the slices it counts in, what was found, and whether it is right. */
    record Outcome(List<String> slices, String item, String surface, String goldKind, boolean found, boolean within10,
            boolean admin1Right, boolean right, String resolved, double km) {
    }

    private final Annotator annotator = TestPipeline.annotator();

    // ------------------------------------------------------------------------------------------------ synthetic

    @Test
    void syntheticSettlementsInNewsSentences() throws IOException {
        Optional<Path> cities = SharedData.resolve(CITIES, "GeocodingEvaluationTest");
        Optional<Path> cities1000 = SharedData.resolve(CITIES1000, "GeocodingEvaluationTest");
        assumeTrue(cities.isPresent() && cities1000.isPresent(), "shared geo data absent");
        List<Settlement> all = new ArrayList<>();
        readCities(cities.get(), all);
        readCities1000(cities1000.get(), all);
        Map<String, Set<String>> regionsByName = new HashMap<>();
        for (Settlement s : all) {
            regionsByName.computeIfAbsent(key(s.name()), k -> new HashSet<>()).add(s.region());
        }
        // one row per name and region (both inputs list the big towns)
        Map<String, Settlement> unique = new TreeMap<>();
        for (Settlement s : all) {
            unique.putIfAbsent(key(s.name()) + "|" + s.region(), s);
        }
        List<Settlement> pool = new ArrayList<>(unique.values());
        Random random = new Random(SEED);
        List<Settlement> ua = pool.stream().filter(s -> s.region().startsWith("UA")).toList();
        List<Settlement> ru = pool.stream().filter(s -> s.region().startsWith("RU")).toList();
        List<Settlement> sample = new ArrayList<>();
        sample.addAll(sampleOf(ua, SAMPLE_UA, random));
        sample.addAll(sampleOf(ru, SAMPLE_RU, random));
        // homonyms over-sampled so that the slice is large enough to read
        List<Settlement> homonyms = pool.stream().filter(s -> regionsByName.get(key(s.name())).size() > 1).toList();
        for (Settlement s : sampleOf(homonyms, 150, random)) {
            if (!sample.contains(s)) {
                sample.add(s);
            }
        }
        Map<String, List<Settlement>> townsByRegion = new HashMap<>();
        for (Settlement s : pool) {
            if (s.town()) {
                townsByRegion.computeIfAbsent(s.region(), k -> new ArrayList<>()).add(s);
            }
        }

        List<Outcome> outcomes = new ArrayList<>();
        for (Settlement s : sample) {
            String[] region = REGIONS.get(s.region());
            String country = s.region().substring(0, 2);
            boolean homonym = regionsByName.get(key(s.name())).size() > 1;
            String base = (country.equals("UA") ? "UA" : "RU border") + (homonym ? ", homonym" : "");
            String x = s.name();
            List<String[]> sentences = new ArrayList<>();
            // {template id, context, text}
            sentences.add(new String[] { "no-context", "Russian shelling hit " + x + " overnight, officials said." });
            sentences.add(new String[] { "no-context", x + " was left without power after the strikes on Tuesday." });
            if (!region[0].isEmpty()) {
                String o = region[0];
                sentences.add(new String[] { "region", "Two civilians were killed in " + x + ", in the " + o + " region, the governor said." });
                sentences.add(new String[] { "region", "The " + o + " regional governor said the village of " + x + " came under fire." });
                sentences.add(new String[] { "region", "Ukrainian troops reported the shelling of " + x + " in " + o + " Oblast on Monday." });
            } else if (s.region().equals("UA-43")) {
                sentences.add(new String[] { "region", "Explosions were heard in " + x + ", in Crimea, on Tuesday." });
            }
            Settlement near = nearestTown(s, townsByRegion.getOrDefault(s.region(), List.of()));
            if (near != null) {
                sentences.add(new String[] { "near-town", "Fighting continued around the village of " + x + " near " + near.name() + "." });
            }
            for (String[] sentence : sentences) {
                String text = sentence[1];
                ArticleAnnotated a = annotate(text);
                int at = settlementAt(text, x);
                outcomes.add(score(List.of(base + ", " + sentence[0], "all", "context: " + sentence[0],
                        homonym ? "homonyms, " + sentence[0] : "non-homonyms"), text, text, x, at, at + x.length(), "settlement",
                        s.lat(), s.lon(), s.region(), a));
                if (sentence[0].equals("region") && !region[0].isEmpty()) {
                    int r = regionAt(text, region[0]);
                    outcomes.add(score(List.of("region named (admin1)"), text, text, region[0], r, r + region[0].length(), "admin1",
                            Double.NaN, Double.NaN, s.region(), a));
                }
            }
        }
        report("Synthetic settlements (" + sample.size() + " settlements, seed " + SEED + ")", outcomes, 25);
    }

    /** Where the settlement's name was put (not the region's name when a settlement is named like its region). */
    private static int settlementAt(String text, String name) {
        int at = text.indexOf(name);
        while (at >= 0 && (text.startsWith(" region", at + name.length()) || text.startsWith(" Oblast", at + name.length()))) {
            at = text.indexOf(name, at + 1);
        }
        return at;
    }

    /** Where "X region", "X regional" or "X Oblast" starts (the settlement's name may contain the region's). */
    private static int regionAt(String text, String region) {
        for (String cue : List.of(" region", " Oblast")) {
            int r = text.indexOf(region + cue);
            if (r >= 0) {
                return r;
            }
        }
        return -1;
    }

    private static List<Settlement> sampleOf(List<Settlement> pool, int n, Random random) {
        List<Settlement> copy = new ArrayList<>(pool);
        List<Settlement> out = new ArrayList<>();
        while (out.size() < n && !copy.isEmpty()) {
            out.add(copy.remove(random.nextInt(copy.size())));
        }
        return out;
    }

    private static Settlement nearestTown(Settlement s, List<Settlement> towns) {
        Settlement best = null;
        double bestKm = Double.MAX_VALUE;
        for (Settlement t : towns) {
            double km = km(s.lat(), s.lon(), t.lat(), t.lon());
            if (km > 3 && km < bestKm && !key(t.name()).equals(key(s.name()))) {
                best = t;
                bestKm = km;
            }
        }
        return bestKm < 60 ? best : null;
    }

    private static void readCities(Path file, List<Settlement> out) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 9 || f[6].isBlank() || f[0].equals("country")) {
                continue;
            }
            String region = f[3];
            if (region.isBlank()) {
                region = REGIONS.entrySet().stream().filter(e -> e.getKey().startsWith("RU") && f[2].startsWith(e.getValue()[0]))
                        .map(Map.Entry::getKey).findFirst().orElse("");
            }
            String name = f[6].trim();
            // raions and city districts are not settlements; names with punctuation are database artefacts
            if (!REGIONS.containsKey(region) || name.endsWith("Raion") || name.endsWith("Rayon") || name.contains("District")
                    || name.contains("(") || name.contains(",") || name.contains("Mis’krada") || name.contains("Mis'krada")) {
                continue;
            }
            out.add(new Settlement(name, Double.parseDouble(f[7]), Double.parseDouble(f[8]), region, false));
        }
    }

    private static void readCities1000(Path file, List<Settlement> out) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f.length < 6 || f[0].equals("lat")) {
                continue;
            }
            String region = CITIES1000_REGIONS.get(f[3]);
            if (region == null || !region.startsWith(f[5])) {
                continue;
            }
            out.add(new Settlement(f[2].trim(), Double.parseDouble(f[0]), Double.parseDouble(f[1]), region, true));
        }
    }

    /** Folds spellings for the homonym test only: case, apostrophes, hyphens. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\u2019'`\u02bc]", "").replace('-', ' ');
    }

    // ------------------------------------------------------------------------------------------------ real news

    /** One gold row of news-places.tsv. */
    record GoldPlace(String key, String surface, String kind, double lat, double lon, String region) {
    }

    @Test
    void realNewsPlaces() throws IOException {
        Optional<Path> news = SharedData.resolve("news", "GeocodingEvaluationTest");
        assumeTrue(news.isPresent(), "shared news data absent");
        List<GoldPlace> gold = readGold();
        Map<String, String> texts = new HashMap<>();
        Set<String> keys = new HashSet<>();
        gold.forEach(g -> keys.add(g.key()));
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(news.get().resolve("warline-2022.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode n = mapper.readTree(line);
            String key = "warline:" + n.path("token_id").asText();
            if (keys.contains(key)) {
                texts.put(key, n.path("headline").asText("") + "\n\n" + n.path("description_en").asText(""));
            }
        }
        for (String line : Files.readAllLines(news.get().resolve("guardian-nyt-2022.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode n = mapper.readTree(line);
            String key = n.path("id").asText();
            if (keys.contains(key)) {
                texts.put(key, n.path("text").asText(""));
            }
        }
        Map<String, List<GoldPlace>> byKey = new LinkedHashMap<>();
        gold.forEach(g -> byKey.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(g));
        List<Outcome> recall = new ArrayList<>();
        List<Outcome> precision = new ArrayList<>();
        int missingTexts = 0;
        for (Map.Entry<String, List<GoldPlace>> e : byKey.entrySet()) {
            String text = texts.get(e.getKey());
            if (text == null) {
                missingTexts++;
                continue;
            }
            ArticleAnnotated a = annotate(text);
            List<GoldPlace> rows = e.getValue();
            for (GoldPlace g : rows) {
                List<Integer> at = occurrences(text, g, rows);
                if (at.isEmpty()) {
                    System.out.println("[GeocodingEvaluationTest] gold surface not in text: " + g);
                    continue;
                }
                if (!g.kind().equals("ignore")) {
                    recall.add(score(List.of("all", g.kind()), e.getKey(), text, g.surface(), at.get(0), at.get(0) + g.surface().length(),
                            g.kind(), g.lat(), g.lon(), g.region(), a));
                }
            }
            for (ArticleAnnotated.Place p : a.places()) {
                if (p.kind().equals("country")) {
                    continue;
                }
                if (!Character.isUpperCase(p.text().charAt(0)) || p.text().contains("capital")) {
                    // "the capital", "Ukraine's capital": resolved phrases, not names; counted apart, not judged
                    precision.add(new Outcome(List.of("capital phrase (not judged)"), e.getKey(), p.text(), "-", true, true, true, true,
                            describe(p), Double.NaN));
                    continue;
                }
                GoldPlace g = rows.stream().filter(r -> occurrences(text, r, rows).stream()
                        .anyMatch(o -> o < p.end() && o + r.surface().length() > p.start())).findFirst().orElse(null);
                if (g == null) {
                    precision.add(new Outcome(List.of("all", "not in gold list"), e.getKey(), p.text(), "-", true, false, false, false,
                            describe(p), Double.NaN));
                } else if (!g.kind().equals("ignore")) {
                    precision.add(judge(List.of("all", g.kind()), e.getKey(), p.text(), g.kind(), g.lat(), g.lon(), g.region(), p));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n[GeocodingEvaluationTest] real news: %d gold rows in %d items (%d items not found)%n", gold.size(),
                byKey.size(), missingTexts);
        report("Real news, recall (gold mentions found and right)", recall, 60);
        report("Real news, precision (sub-national mentions output)", precision, 80);
    }

    private static List<GoldPlace> readGold() throws IOException {
        List<GoldPlace> out = new ArrayList<>();
        try (InputStream in = GeocodingEvaluationTest.class.getClassLoader().getResourceAsStream("eval/news-places.tsv")) {
            if (in == null) {
                throw new IllegalStateException("eval/news-places.tsv missing from the test resources");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("key\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new GoldPlace(f[0], f[1], f[2], f[3].isBlank() ? Double.NaN : Double.parseDouble(f[3]),
                        f[4].isBlank() ? Double.NaN : Double.parseDouble(f[4]), f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Word-bounded occurrences of the gold surface that are not part of a longer gold surface of the same item. */
    private static List<Integer> occurrences(String text, GoldPlace g, List<GoldPlace> rows) {
        List<Integer> found = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = text.indexOf(g.surface(), from);
            if (at < 0) {
                return found;
            }
            from = at + 1;
            int end = at + g.surface().length();
            boolean bounded = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            boolean inLonger = false;
            for (GoldPlace o : rows) {
                int off = o.surface().indexOf(g.surface());
                if (o.surface().length() > g.surface().length() && off >= 0 && at - off >= 0 && text.startsWith(o.surface(), at - off)) {
                    inLonger = true;
                }
            }
            if (bounded && !inLonger) {
                found.add(at);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ scoring

    private ArticleAnnotated annotate(String text) {
        return annotator.annotate(new ArticleIngested(1, "eval", null, null, null, "2022-06-01T12:00:00Z", "en", text, null));
    }

    private static Outcome score(List<String> slices, String item, String text, String surface, int start, int end, String goldKind,
            double lat, double lon, String region, ArticleAnnotated a) {
        ArticleAnnotated.Place hit = null;
        for (ArticleAnnotated.Place p : a.places()) {
            if (p.start() < end && p.end() > start) {
                hit = p;
                break;
            }
        }
        if (hit == null) {
            return new Outcome(slices, item, surface, goldKind, false, false, false, false, "(none)", Double.NaN);
        }
        return judge(slices, item, surface, goldKind, lat, lon, region, hit);
    }

    private static Outcome judge(List<String> slices, String item, String surface, String goldKind, double lat, double lon, String region,
            ArticleAnnotated.Place p) {
        double km = Double.isNaN(lat) || p.lat() == null ? Double.NaN : km(lat, lon, p.lat(), p.lon());
        boolean within10 = !Double.isNaN(km) && km <= 10;
        String[] r = REGIONS.get(region);
        String admin1 = p.kind().equals("admin1") ? p.name() : p.admin1();
        boolean admin1Right = r != null && r[1].equals(admin1) || region.length() == 2 && region.equals(p.country());
        boolean right = switch (goldKind) {
            case "admin1" -> admin1Right && p.kind().equals("admin1");
            case "foreign" -> admin1Right;
            case "admin2" -> admin1Right && p.kind().equals("admin2") && (Double.isNaN(km) || km < 40);
            default -> within10;
        };
        return new Outcome(slices, item, surface, goldKind, true, within10, admin1Right, right, describe(p), km);
    }

    private static String describe(ArticleAnnotated.Place p) {
        return String.format(Locale.ROOT, "%s [%s, %s, %s] (%.3f, %.3f)", p.name(), p.kind(), p.admin1(), p.country(),
                p.lat() == null ? Double.NaN : p.lat(), p.lon() == null ? Double.NaN : p.lon());
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static void report(String title, List<Outcome> outcomes, int worst) {
        Map<String, List<Outcome>> slices = new TreeMap<>();
        for (Outcome o : outcomes) {
            for (String s : o.slices()) {
                slices.computeIfAbsent(s, k -> new ArrayList<>()).add(o);
            }
        }
        System.out.printf(Locale.ROOT, "%n[GeocodingEvaluationTest] %s%n", title);
        System.out.printf(Locale.ROOT, "  %-34s %6s %7s %9s %8s %8s%n", "slice", "n", "found", "<=10 km", "admin1", "right");
        for (Map.Entry<String, List<Outcome>> e : slices.entrySet()) {
            List<Outcome> l = e.getValue();
            System.out.printf(Locale.ROOT, "  %-34s %6d %6.1f%% %8.1f%% %7.1f%% %7.1f%%%n", e.getKey(), l.size(),
                    pct(l.stream().filter(Outcome::found).count(), l.size()), pct(l.stream().filter(Outcome::within10).count(), l.size()),
                    pct(l.stream().filter(Outcome::admin1Right).count(), l.size()), pct(l.stream().filter(Outcome::right).count(), l.size()));
        }
        List<Outcome> wrong = outcomes.stream().filter(o -> !o.right())
                .sorted(Comparator.comparing((Outcome o) -> o.found()).thenComparing(o -> Double.isNaN(o.km()) ? 0 : -o.km())).toList();
        System.out.printf(Locale.ROOT, "  worst errors (%d wrong, first %d):%n", wrong.size(), worst);
        wrong.stream().limit(worst).forEach(o -> System.out.printf(Locale.ROOT, "    %-14s %-28s gold %-10s -> %s%s%n",
                o.item().length() > 70 ? o.item().substring(0, 70) : o.item(), o.surface(), o.goldKind(), o.resolved(),
                Double.isNaN(o.km()) ? "" : String.format(Locale.ROOT, " %.0f km", o.km())));
        if (Boolean.getBoolean("geo.eval.all")) {
            wrong.stream().skip(worst).forEach(o -> System.out.printf(Locale.ROOT, "    %-14s %-28s gold %-10s -> %s%s%n", o.item(),
                    o.surface(), o.goldKind(), o.resolved(), Double.isNaN(o.km()) ? "" : String.format(Locale.ROOT, " %.0f km", o.km())));
        }
    }

    private static double pct(long n, int of) {
        return of == 0 ? 0 : 100.0 * n / of;
    }
}
