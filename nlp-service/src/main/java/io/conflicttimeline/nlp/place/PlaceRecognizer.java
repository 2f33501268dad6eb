package io.conflicttimeline.nlp.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    private static final Set<String> ADMIN1_CUES = Set.of("region", "oblast", "province", "regional", "Region", "Oblast", "Province");
    private static final Set<String> DISTRICT_CUES = Set.of("district", "districts", "District", "raion", "Raion");
    private static final Pattern CAPITAL = Pattern.compile(
            "\\b(?:(?:the|The)\\s+([A-Z][a-z]+)\\s+capital|([A-Z][a-z]+)(?:'|\u2019)s\\s+capital|(?:the|The)\\s+capital)(?!\\s+(?:city\\s+)?of)\\b");

    /** A place name followed by one of these is part of a title ("India Times", "The New York Times", "Kyiv Independent"). */
    private static final Set<String> NAME_HEADS = Set.of("Times", "News", "Post", "Today", "Herald", "Journal", "Tribune",
            "Express", "Independent", "Insider", "Monitor", "Pravda", "Daily", "Radio", "TV", "Television", "Telegraph",
            "Gazette", "Review", "Chronicle", "Observer", "Agency", "University", "Airlines", "Airport");
    private final Gazetteer gazetteer;

    public PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    private record Match(int first, int end, int startOffset, int endOffset, List<GazetteerEntry> candidates, String preferKind) {
    }

    public List<PlaceMention> recognize(AnalyzedText at) {
        String text = at.text();
        List<Token> tokens = at.tokens();
        List<Match> matches = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                Match m = matchAt(at, s, i);
                if (m == null) {
                    i++;
                    continue;
                }
                matches.add(m);
                i = m.end();
            }
        }
        String storyCountry = storyCountry(at, matches);
        // Admin1 areas named unambiguously anywhere in the article steer homonyms ("Kyiv" city vs oblast, villages).
        Set<String> contextAdmin1 = new HashSet<>();
        for (Match m : matches) {
            if (m.candidates().size() == 1 && m.candidates().get(0).kind().equals("admin1")) {
                contextAdmin1.add(m.candidates().get(0).name());
            }
        }
        List<PlaceMention> result = new ArrayList<>();
        for (Match m : matches) {
            GazetteerEntry best = choose(m, storyCountry, contextAdmin1);
            if (best != null) {
                result.add(new PlaceMention(m.startOffset(), m.endOffset(), text.substring(m.startOffset(), m.endOffset()), best));
            }
        }
        addCapitalPhrases(at, storyCountry, result);
        result.sort(Comparator.comparingInt(PlaceMention::start));
        return result;
    }

    private Match matchAt(AnalyzedText at, Sentence s, int i) {
        List<Token> tokens = at.tokens();
        Token first = tokens.get(i);
        if (!first.isCapitalized() || !Character.isLetter(first.text().charAt(0))) {
            return null;
        }
        int limit = Math.min(s.endToken(), i + gazetteer.maxTokens());
        boolean regionList = inRegionList(at, s, i);
        for (int j = limit; j > i; j--) {
            Token last = tokens.get(j - 1);
            String surface = at.text().substring(first.start(), last.end());
            int trim = 0;
            if (j == s.endToken() && surface.length() > 2 && surface.endsWith(".") && gazetteer.lookup(surface).isEmpty()) {
                // the tokenizer keeps the text's final period on the last word: "Shells hit Kyiv."
                surface = surface.substring(0, surface.length() - 1);
                trim = 1;
            }
            List<GazetteerEntry> candidates = gazetteer.lookup(surface);
            if (regionList || j < s.endToken() && ADMIN1_CUES.contains(tokens.get(j).text())) {
                List<GazetteerEntry> stems = gazetteer.lookupStem(surface);
                if (!stems.isEmpty()) {
                    List<GazetteerEntry> merged = new ArrayList<>(candidates);
                    stems.stream().filter(e -> !merged.contains(e)).forEach(merged::add);
                    candidates = merged;
                }
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
            String prefer = null;
            int end = j;
            int endOffset = last.end() - trim;
            if (j < s.endToken()) {
                Token next = tokens.get(j);
                if (ADMIN1_CUES.contains(next.text())) {
                    prefer = "admin1";
                    if (!next.text().equals("regional")) {
                        end = j + 1;
                        endOffset = next.end();
                    }
                } else if (DISTRICT_CUES.contains(next.text())) {
                    prefer = "district";
                    end = j + 1;
                    endOffset = next.end();
                }
            }
            if (prefer == null && followedByDistrictList(at, s, j)) {
                prefer = "district";
            }
            if (prefer == null && regionList && candidates.stream().anyMatch(c -> c.kind().equals("admin1"))) {
                prefer = "admin1";
            }
            return new Match(i, end, first.start(), endOffset, candidates, prefer);
        }
        return null;
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

    /** "Holosiivskyi, Podilskyi and Obolonskyi districts": a list of names closed by "districts". */
    private static boolean followedByDistrictList(AnalyzedText at, Sentence s, int j) {
        List<Token> tokens = at.tokens();
        for (int k = j; k < s.endToken() && k < j + 12; k++) {
            String t = tokens.get(k).text();
            if (DISTRICT_CUES.contains(t)) {
                return true;
            }
            if (!(t.equals(",") || t.equals("and") || tokens.get(k).isCapitalized())) {
                return false;
            }
        }
        return false;
    }

    private String storyCountry(AnalyzedText at, List<Match> matches) {
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
        for (Token t : at.tokens()) {
            GazetteerEntry c = gazetteer.countryByDemonym(t.text());
            if (c != null) {
                counts.merge(c.country(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer> comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static GazetteerEntry choose(Match m, String storyCountry, Set<String> contextAdmin1) {
        GazetteerEntry best = null;
        int bestScore = Integer.MIN_VALUE;
        for (GazetteerEntry c : m.candidates()) {
            int score = c.rank();
            if (c.country().equals(storyCountry)) {
                score += 30;
            }
            if (c.admin1() != null && contextAdmin1.contains(c.admin1()) && !c.kind().equals("admin1")) {
                score += 40;
            }
            if (m.preferKind() != null) {
                score += c.kind().equals(m.preferKind()) ? 100 : -100;
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
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
