package io.conflicttimeline.nlp.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.Sentence;
import io.conflicttimeline.nlp.text.Token;

/**
 * Finds places: longest gazetteer match over capitalized token windows, "X region/oblast/province" and "X regional"
 * as the admin1, district lists ("Kyiv's Holosiivskyi, Podilskyi ... districts"), and "the capital" phrases resolved
 * to the capital of the named (or the story's) country. Demonyms alone are never places.
 */
public final class PlaceRecognizer {

    private static final Set<String> ADMIN1_CUES = Set.of("region", "oblast", "province", "regional", "Region", "Oblast", "Province",
            "Regional");
    /** Nouns after a demonym that make it say where: "the Ukrainian city of", "Russian territory". */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "villages", "towns", "cities", "region", "regions",
            "oblast", "province", "port", "territory", "soil", "side", "settlement", "border", "capital", "countryside");
    /**
     * The war the pipeline reports on is fought in Ukraine: when an article gives no country for its places, a
     * Ukrainian namesake is slightly preferred (less than a country named in the article or a rank step).
     */
    private static final String THEATRE = "UA";
    private static final Set<String> ADMIN1_LIST_CUES = Set.of("regions", "oblasts", "provinces");
    /** Words before a name that say a place follows: a loosely spelled name is only taken after one of these. */
    private static final Set<String> LOCATIVES = Set.of("in", "near", "of", "at", "outside", "from", "to", "towards", "around", "into",
            "village", "town", "city", "settlement", "hit", "shelled", "struck", "captured", "retook", "liberated");
    private static final Set<String> DISTRICT_CUES = Set.of("district", "districts", "District", "raion", "Raion");
    private static final Pattern CAPITAL = Pattern.compile(
            "\\b(?:(?:the|The)\\s+([A-Z][a-z]+)\\s+capital|([A-Z][a-z]+)(?:'|\u2019)s\\s+capital|(?:the|The)\\s+capital)(?!\\s+(?:city\\s+)?of)\\b");

    /** A place name followed by one of these is part of a title ("India Times", "The New York Times", "Kyiv Independent"). */
    private static final Set<String> NAME_HEADS = Set.of("Times", "News", "Post", "Today", "Herald", "Journal", "Tribune",
            "Express", "Independent", "Insider", "Monitor", "Pravda", "Daily", "Radio", "TV", "Television", "Telegraph",
            "Gazette", "Review", "Chronicle", "Observer", "Agency", "University", "Airlines", "Airport", "Convention", "Conventions");
    private final Gazetteer gazetteer;

    public PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** A name and its candidates; {@code loose} are those found only by a spelling variant (weighed a little less). */
    private record Match(int first, int end, int startOffset, int endOffset, List<GazetteerEntry> candidates, String preferKind,
            int sentence, List<GazetteerEntry> loose) {
    }

    /** A place resolved with little doubt, whose region and position steer the other mentions' homonyms. */
    private record Anchor(GazetteerEntry entry, int sentence, Match from) {
    }

    public List<PlaceMention> recognize(AnalyzedText at) {
        String text = at.text();
        List<Token> tokens = at.tokens();
        List<Match> matches = new ArrayList<>();
        List<Sentence> sentences = at.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            int i = s.firstToken();
            while (i < s.endToken()) {
                Match m = matchAt(at, s, si, i);
                if (m == null) {
                    i++;
                    continue;
                }
                matches.add(m);
                i = m.end();
            }
        }
        String storyCountry = storyCountry(at, matches, false);
        String placeCountry = storyCountry(at, matches, true);
        // First pass: each mention on its own (rank, story country, kind cue). The mentions resolved with little doubt
        // (admin areas named with a cue, towns, names with one candidate) become anchors; the second pass lets the
        // anchors pick among homonyms: the region named in the article (more in the same sentence) and places nearby.
        List<Anchor> anchors = new ArrayList<>();
        for (Match m : matches) {
            GazetteerEntry first = choose(m, placeCountry, List.of());
            if (first != null && (m.candidates().size() == 1 || "admin1".equals(m.preferKind()) || first.rank() >= 50)) {
                anchors.add(new Anchor(first, m.sentence(), m));
            }
        }
        // One sense per article: every occurrence of a name ("Krasnohorivka ... Krasnohorivka's residents") takes the
        // candidate with the most support summed over its occurrences, so the one with context decides for the rest.
        Map<String, Map<GazetteerEntry, Integer>> support = new HashMap<>();
        for (Match m : matches) {
            Map<GazetteerEntry, Integer> sums = support.computeIfAbsent(senseKey(text, m), k -> new HashMap<>());
            for (GazetteerEntry c : m.candidates()) {
                sums.merge(c, score(c, m, placeCountry, anchors), Integer::sum);
            }
        }
        List<PlaceMention> result = new ArrayList<>();
        for (Match m : matches) {
            Map<GazetteerEntry, Integer> sums = support.get(senseKey(text, m));
            GazetteerEntry best = null;
            int bestScore = Integer.MIN_VALUE;
            for (GazetteerEntry c : m.candidates()) {
                int sc = sums.get(c);
                if (sc > bestScore) {
                    best = c;
                    bestScore = sc;
                }
            }
            if (best != null) {
                result.add(new PlaceMention(m.startOffset(), m.endOffset(), text.substring(m.startOffset(), m.endOffset()), best));
            }
        }
        addCapitalPhrases(at, storyCountry, result);
        result.sort(Comparator.comparingInt(PlaceMention::start));
        return result;
    }

    private Match matchAt(AnalyzedText at, Sentence s, int si, int i) {
        List<Token> tokens = at.tokens();
        Token first = tokens.get(i);
        // "📍Kyiv", "⚡️Mariupol", "#Kherson": a name glued to an emoji or hash sign the tokenizer keeps in the token
        int skip = symbolPrefix(first.text());
        boolean capitalized = skip == 0 ? first.isCapitalized() && Character.isLetter(first.text().charAt(0))
                : skip < first.text().length() && Character.isUpperCase(first.text().charAt(skip));
        if (!capitalized || !gazetteer.mayStartName(first.text().substring(skip))) {
            return null;
        }
        int limit = longestPossible(at, first.start() + skip, i, Math.min(s.endToken(), i + gazetteer.maxTokens()));
        boolean regionList = inRegionList(at, s, i) || followedByList(at, s, i + 1, ADMIN1_LIST_CUES);
        for (int j = limit; j > i; j--) {
            Token last = tokens.get(j - 1);
            String surface = at.text().substring(first.start() + skip, last.end());
            int trim = 0;
            if (j == s.endToken() && surface.length() > 2 && surface.endsWith(".") && gazetteer.lookup(surface).isEmpty()) {
                // the tokenizer keeps the text's final period on the last word: "Shells hit Kyiv."
                surface = surface.substring(0, surface.length() - 1);
                trim = 1;
            }
            boolean regionCue = regionList || j < s.endToken() && ADMIN1_CUES.contains(tokens.get(j).text());
            List<GazetteerEntry> candidates = gazetteer.lookup(surface);
            List<GazetteerEntry> loose = List.of();
            // a capitalized word inside the sentence is a name whatever the tagger says of a word it does not know
            if ((j - i > 1 || first.isProperNoun() || i > s.firstToken()) && allCapitalized(tokens, skip > 0 ? i + 1 : i, j)) {
                // spelling variants join the exact namesakes: "Gorodok" in the Lviv region is Lviv's Horodok
                loose = looseCandidates(surface, tokens, s, i, regionCue, candidates.isEmpty());
                if (!loose.isEmpty()) {
                    List<GazetteerEntry> merged = new ArrayList<>(candidates);
                    List<GazetteerEntry> added = new ArrayList<>();
                    for (GazetteerEntry e : loose) {
                        if (!merged.contains(e)) {
                            merged.add(e);
                            added.add(e);
                        }
                    }
                    candidates = merged;
                    loose = added;
                }
            }
            if (regionCue) {
                candidates = withAdmin1(surface, candidates);
            }
            if (candidates.isEmpty()) {
                continue;
            }
            if (j < s.endToken() && NAME_HEADS.contains(tokens.get(j).text())) {
                return null;
            }
            // A sentence-initial common word ("Read", "Peace") is not a village.
            if (j - i == 1 && !first.isProperNoun() && candidates.stream().allMatch(c -> c.rank() < 50)) {
                return null;
            }
            // A village name glued to another capitalized word is part of a longer name ("Babyn Yar", a person's name).
            if (candidates.stream().allMatch(c -> c.rank() < 50) && gluedToName(at, s, i, j)) {
                return null;
            }
            String prefer = null;
            int end = j;
            int endOffset = last.end() - trim;
            if (j < s.endToken()) {
                Token next = tokens.get(j);
                if (ADMIN1_CUES.contains(next.text())) {
                    prefer = "admin1";
                    if (!next.text().equalsIgnoreCase("regional")) {
                        end = j + 1;
                        endOffset = next.end();
                    }
                } else if (DISTRICT_CUES.contains(next.text())) {
                    prefer = "district";
                    end = j + 1;
                    endOffset = next.end();
                    List<GazetteerEntry> raions = raionsNamedAfter(candidates);
                    if (!raions.isEmpty()) {
                        candidates = raions;
                        prefer = "admin2";
                    }
                }
            }
            if (prefer == null && followedByList(at, s, j, DISTRICT_CUES)) {
                prefer = "district";
            }
            if (prefer == null && regionList && candidates.stream().anyMatch(c -> c.kind().equals("admin1"))) {
                prefer = "admin1";
            }
            return new Match(i, end, first.start() + skip, endOffset, candidates, prefer, si, loose);
        }
        return null;
    }

    /**
     * The end of the longest window from token i (at most {@code limit}) that may still be a name: a name's key starts
     * with the key of each of its shorter windows (see {@link Gazetteer#mayStartName}), so once a window starts no
     * name none of the longer ones is one. Most windows fail at their second token, which spares building and
     * looking up every longer window.
     */
    private int longestPossible(AnalyzedText at, int from, int i, int limit) {
        List<Token> tokens = at.tokens();
        int end = i + 1;
        while (end < limit && gazetteer.mayStartName(at.text().substring(from, tokens.get(end).end()))) {
            end++;
        }
        return end;
    }

    /**
     * "Korosten district", "Skadovsk raion": outside Kyiv a town followed by "district" names the raion the town is
     * the centre of, whose name is the town's adjective (Korostenskyi, Skadovskyi). Returns those raions (the town
     * candidates whose own raion is named after them), or nothing when the town has no such raion or a city
     * district of that name exists.
     */
    private List<GazetteerEntry> raionsNamedAfter(List<GazetteerEntry> candidates) {
        if (candidates.stream().anyMatch(c -> c.kind().equals("district") || c.kind().equals("admin2"))) {
            return List.of();
        }
        List<GazetteerEntry> raions = new ArrayList<>();
        for (GazetteerEntry c : candidates) {
            if (!c.kind().equals("city") || c.admin2() == null || !adjectiveOf(c.name(), c.admin2())) {
                continue;
            }
            for (GazetteerEntry r : gazetteer.lookup(c.admin2())) {
                if (r.kind().equals("admin2") && Objects.equals(r.admin1(), c.admin1()) && !raions.contains(r)) {
                    raions.add(r);
                }
            }
        }
        return raions;
    }

    /** Whether a raion's name ("Korostenskyi Raion") is the adjective of a town's name ("Korosten"). */
    static boolean adjectiveOf(String town, String raion) {
        String t = town.toLowerCase(Locale.ROOT);
        String r = raion.toLowerCase(Locale.ROOT);
        // the adjective drops a final vowel: Kamianka -> Kamianskyi, Ivankiv -> Ivankivskyi
        String stem = t.length() > 4 && "aeiouy".indexOf(t.charAt(t.length() - 1)) >= 0 ? t.substring(0, t.length() - 1) : t;
        if (!r.startsWith(stem) || !r.endsWith(" raion")) {
            return false;
        }
        return RAION_ADJECTIVE_ENDING.matcher(r).region(stem.length(), r.length() - " raion".length()).matches();
    }

    /** What the adjective adds to the town's stem: Skadovsk-yi, Korosten-skyi, Kamian-skyi. */
    private static final Pattern RAION_ADJECTIVE_ENDING = Pattern.compile("s?k?(?:yi|iy|y|ii)|[aeiouy]?s?kyi");

    /** Leading characters that are neither letters, digits nor spaces (emoji, variation selectors, '#'). */
    private static int symbolPrefix(String token) {
        int k = 0;
        while (k < token.length() && !Character.isLetterOrDigit(token.charAt(k)) && !Character.isWhitespace(token.charAt(k))
                && token.charAt(k) != '\'' && token.charAt(k) != '"' && token.charAt(k) != '(' && token.charAt(k) != '\u201c') {
            k++;
        }
        return k;
    }

    private static boolean allCapitalized(List<Token> tokens, int i, int j) {
        for (int k = i; k < j; k++) {
            Token t = tokens.get(k);
            if (!t.isCapitalized() && !t.text().equals("-")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Candidates of a spelling the table lacks (Russian-based or older romanizations): towns are taken as they are, a
     * village only after a word that announces a place ("the village of", "in", "near") or before a region cue.
     */
    private List<GazetteerEntry> looseCandidates(String surface, List<Token> tokens, Sentence s, int i, boolean regionCue, boolean noExact) {
        List<GazetteerEntry> loose = gazetteer.lookupLoose(surface);
        if (loose.isEmpty() || surface.length() < 5 || !noExact && loose.size() > 40) {
            return List.of();
        }
        boolean cued = regionCue || i > s.firstToken() && LOCATIVES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                || i - 1 > s.firstToken() && tokens.get(i - 1).text().equalsIgnoreCase("the")
                        && LOCATIVES.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT));
        if (cued) {
            return loose;
        }
        List<GazetteerEntry> towns = loose.stream().filter(c -> c.rank() >= 50).toList();
        return towns;
    }

    /**
     * "Zaporizhia region", "Kiev oblast": before a region cue, a regional centre stands for its admin1 area even when the
     * area's own name is spelled differently; the area's stem ("Sumy" of "Sumy Oblast") is added too.
     */
    private List<GazetteerEntry> withAdmin1(String surface, List<GazetteerEntry> candidates) {
        List<GazetteerEntry> merged = new ArrayList<>(candidates);
        for (GazetteerEntry e : gazetteer.lookupStem(surface)) {
            if (!merged.contains(e)) {
                merged.add(e);
            }
        }
        if (merged.stream().noneMatch(c -> c.kind().equals("admin1"))) {
            for (GazetteerEntry c : candidates) {
                if (!c.kind().equals("city") || c.rank() < 80) {
                    continue;
                }
                // the area named after the city (Kyiv -> Kyiv Oblast, not Kyiv City), else the area it lies in
                GazetteerEntry area = gazetteer.lookupStem(c.name()).stream().filter(e -> e.kind().equals("admin1")).findFirst()
                        .orElse(gazetteer.admin1(c.admin1()));
                if (area != null && !merged.contains(area)) {
                    merged.add(area);
                }
            }
        }
        return merged;
    }

    /** True when the name touches another capitalized word of the same phrase (no punctuation between). */
    private static boolean gluedToName(AnalyzedText at, Sentence s, int i, int j) {
        List<Token> tokens = at.tokens();
        boolean before = i > s.firstToken() && tokens.get(i - 1).isCapitalized() && Character.isLetter(tokens.get(i - 1).text().charAt(0))
                && tokens.get(i - 1).end() + 1 >= tokens.get(i).start() && !ADMIN1_CUES.contains(tokens.get(i - 1).text());
        boolean after = j < s.endToken() && tokens.get(j).isCapitalized() && Character.isLetter(tokens.get(j).text().charAt(0))
                && tokens.get(j - 1).end() + 1 >= tokens.get(j).start() && !ADMIN1_CUES.contains(tokens.get(j).text())
                && !DISTRICT_CUES.contains(tokens.get(j).text());
        return before || after;
    }

    /** "regions like Kharkiv and Donetsk", "the regions of Sumy, Kharkiv and Chernihiv": names after a regions cue. */
    private static boolean inRegionList(AnalyzedText at, Sentence s, int i) {
        List<Token> tokens = at.tokens();
        for (int k = i - 1; k >= s.firstToken() && k >= i - 10; k--) {
            String t = tokens.get(k).text();
            if (t.equals("like") || t.equals("including") || t.equals("of") || t.equals("as")) {
                int c = t.equals("as") && k - 1 >= s.firstToken() && tokens.get(k - 1).text().equals("such") ? k - 2 : k - 1;
                return c >= s.firstToken() && Set.of("regions", "oblasts", "provinces").contains(tokens.get(c).text());
            }
            if (!(t.equals(",") || t.equals("and") || tokens.get(k).isCapitalized())) {
                return false;
            }
        }
        return false;
    }

    /** "Holosiivskyi, Podilskyi and Obolonskyi districts", "Kyiv, Chernihiv and Sumy regions": a list of names closed by a cue. */
    private static boolean followedByList(AnalyzedText at, Sentence s, int j, Set<String> cues) {
        List<Token> tokens = at.tokens();
        for (int k = j; k < s.endToken() && k < j + 12; k++) {
            String t = tokens.get(k).text();
            if (cues.contains(t)) {
                return true;
            }
            if (!(t.equals(",") || t.equals("and") || tokens.get(k).isCapitalized())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The country the article is about: countries and unambiguous places named, and demonyms. For locating places
     * ({@code placeDemonymsOnly}) a demonym counts only before a place noun ("the Russian town of", "a Ukrainian
     * village"): "Russian shelling", "Ukrainian drones" say who acts, not where.
     */
    private String storyCountry(AnalyzedText at, List<Match> matches, boolean placeDemonymsOnly) {
        Map<String, Integer> counts = new HashMap<>();
        for (Match m : matches) {
            for (GazetteerEntry c : m.candidates()) {
                if (c.kind().equals("country")) {
                    counts.merge(c.country(), 2, Integer::sum);
                } else if (m.candidates().stream().map(GazetteerEntry::country).distinct().count() == 1) {
                    // where things happen: sub-national places weigh more than countries talked about
                    counts.merge(c.country(), 3, Integer::sum);
                    break;
                }
            }
        }
        List<Token> tokens = at.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            GazetteerEntry c = gazetteer.countryByDemonym(tokens.get(i).text());
            if (c != null && (!placeDemonymsOnly || i + 1 < tokens.size() && PLACE_NOUNS.contains(tokens.get(i + 1).text()))) {
                counts.merge(c.country(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer> comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Rank, story country and kind cue decide alone; the anchors add weight for a candidate in an admin1 area named or
     * implied elsewhere (more in the same sentence) and for one near a place of the same sentence ("X near Z"), and a
     * city district for the city named with it.
     */
    private static GazetteerEntry choose(Match m, String storyCountry, List<Anchor> anchors) {
        GazetteerEntry best = null;
        int bestScore = Integer.MIN_VALUE;
        for (GazetteerEntry c : m.candidates()) {
            int score = score(c, m, storyCountry, anchors);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private static int score(GazetteerEntry c, Match m, String storyCountry, List<Anchor> anchors) {
        int score = c.rank();
        if (c.country().equals(storyCountry)) {
            score += 30;
        } else if (storyCountry == null && c.country().equals(THEATRE)) {
            score += 10;
        }
        if (m.preferKind() != null) {
            score += c.kind().equals(m.preferKind()) ? 100 : -100;
        }
        if (m.candidates().size() > 1) {
            score += contextBonus(c, m, anchors);
        }
        if (m.loose().contains(c)) {
            score -= 15;
        }
        return score;
    }

    /** Occurrences of the same name with the same kind cue share one sense. */
    private static String senseKey(String text, Match m) {
        String surface = Gazetteer.normalize(text.substring(m.startOffset(), m.endOffset()));
        if (surface.endsWith("'s")) {
            surface = surface.substring(0, surface.length() - 2); // normalize has folded the typographic apostrophe
        }
        return surface + "|" + m.preferKind();
    }

    private static int contextBonus(GazetteerEntry c, Match m, List<Anchor> anchors) {
        if (c.kind().equals("admin1") || c.kind().equals("country")) {
            return 0;
        }
        int bonus = 0;
        for (Anchor a : anchors) {
            if (a.from() == m) {
                continue;
            }
            GazetteerEntry e = a.entry();
            boolean sameSentence = a.sentence() == m.sentence();
            String area = e.kind().equals("admin1") ? e.name() : e.admin1();
            if (area != null && area.equals(c.admin1())) {
                bonus = Math.max(bonus, sameSentence ? 60 : 30);
            }
            if (sameSentence && !e.kind().equals("admin1") && !e.kind().equals("country") && near(c, e, 60)) {
                bonus = Math.max(bonus, 50);
            }
            if (c.kind().equals("district") && e.kind().equals("city") && (e.name().equals(c.admin2()) || e.admin1() != null
                    && e.admin1().equals(c.admin1()) && e.rank() >= 80)) {
                bonus = Math.max(bonus, 60);
            }
        }
        return bonus;
    }

    private static boolean near(GazetteerEntry a, GazetteerEntry b, double km) {
        if (a.lat() == null || b.lat() == null) {
            return false;
        }
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return 6371 * Math.sqrt(dLat * dLat + dLon * dLon) <= km;
    }

    private void addCapitalPhrases(AnalyzedText at, String storyCountry, List<PlaceMention> result) {
        Matcher m = CAPITAL.matcher(at.text());
        while (m.find()) {
            String countryCode = nearestCountryBefore(at, m.start(), result, storyCountry);
            String named = m.group(1) != null ? m.group(1) : m.group(2);
            if (named != null) {
                GazetteerEntry c = gazetteer.countryByDemonym(named);
                if (c == null) {
                    c = gazetteer.lookup(named).stream().filter(e -> e.kind().equals("country")).findFirst().orElse(null);
                }
                if (c == null) {
                    continue;
                }
                countryCode = c.country();
            }
            GazetteerEntry capital = gazetteer.capitalOf(countryCode);
            if (capital == null || namedPlaceFollows(at, m.end(), result)) {
                continue;
            }
            int start = m.start();
            if (at.text().startsWith("the ", start) || at.text().startsWith("The ", start)) {
                start += 4;
            }
            int s = start;
            int e = m.end();
            // "Ukraine's capital" is one place, the capital: the country inside the phrase only tells which capital.
            result.removeIf(p -> p.start() >= s && p.end() <= e);
            result.add(new PlaceMention(s, e, at.text().substring(s, e), capital));
        }
    }

    /** Bare "the capital": the country last named in the same sentence, else the story's country. */
    private String nearestCountryBefore(AnalyzedText at, int offset, List<PlaceMention> found, String storyCountry) {
        Sentence s = at.sentences().get(at.sentenceAt(offset));
        String best = storyCountry;
        int bestPos = -1;
        for (PlaceMention p : found) {
            if (p.start() >= s.start() && p.end() <= offset && p.entry().kind().equals("country") && p.start() > bestPos) {
                best = p.entry().country();
                bestPos = p.start();
            }
        }
        for (Token t : at.tokensOf(s)) {
            if (t.end() <= offset && t.start() > bestPos) {
                GazetteerEntry c = gazetteer.countryByDemonym(t.text());
                if (c != null) {
                    best = c.country();
                    bestPos = t.start();
                }
            }
        }
        return best;
    }

    /** "Ukraine's capital Kyiv": the name that follows is the mention, the phrase adds nothing. */
    private static boolean namedPlaceFollows(AnalyzedText at, int offset, List<PlaceMention> found) {
        int i = offset;
        String text = at.text();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int next = i;
        return found.stream().anyMatch(p -> p.start() == next);
    }
}
