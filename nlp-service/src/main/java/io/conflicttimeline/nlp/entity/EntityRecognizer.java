package io.conflicttimeline.nlp.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.conflicttimeline.nlp.place.Gazetteer;
import io.conflicttimeline.nlp.place.GazetteerEntry;
import io.conflicttimeline.nlp.place.PlaceMention;
import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.Sentence;
import io.conflicttimeline.nlp.text.Token;

/**
 * People and organizations: KB alias matching (longest window), countries in agent position ("Russia's attack",
 * "launched by Russia", "Russia on Wednesday rejected") as their armed forces or government, unknown people after a
 * title cue or next to a reporting verb, roles from titles and appositions, and later short forms linked to the
 * full name within the article.
 */
public final class EntityRecognizer {

    static final Set<String> TITLES = Set.of("president", "minister", "spokesman", "spokeswoman", "spokesperson", "mayor",
            "governor", "chairman", "chairwoman", "head", "envoy", "secretary", "commander", "chief", "ambassador", "adviser",
            "advisor", "leader", "general", "senator", "chancellor", "prosecutor", "official", "aide", "premier", "commissioner",
            "director", "commander-in-chief", "negotiator", "representative");
    private static final Set<String> MODIFIERS = Set.of("regional", "former", "deputy", "acting", "foreign", "defence", "defense",
            "interior", "prime", "vice", "top", "senior", "presidential", "military", "state", "national", "security", "special",
            "chief", "of", "the");
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "wrote", "added", "stated", "announced",
            "remarked", "asserted", "warned", "claimed", "confirmed", "noted", "explained", "reported", "conveyed", "insisted");
    private static final Set<String> ORG_HEADS = Set.of("Council", "Conference", "House", "Ministry", "Forces", "News", "Times",
            "Guardian", "Post", "Agency", "Office", "Service", "Services", "Army", "Command", "Committee", "Union", "Nations",
            "Group", "Department", "Parliament", "Kremlin", "Telegram", "Network", "Institute", "Monde", "Jazeera", "Global",
            "Asia", "Party", "Bank", "Fund", "Court", "Police", "Guard", "Day", "Month", "Security", "Reply");
    private static final Set<String> STOP_CAPITALS = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "It",
            "He", "She", "They", "We", "I", "This", "That", "These", "Those", "His", "Her", "Their", "Our", "As", "For", "With",
            "After", "Before", "Meanwhile", "However", "Also", "While", "When", "Despite", "Over", "Under", "During", "According");
    private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lady");
    private static final Set<String> FORCE_NOUNS = Set.of("forces", "troops", "military", "army", "soldiers");
    private static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks", "strike", "strikes", "shelling", "offensive",
            "invasion", "bombardment", "barrage", "assault", "airstrike", "airstrikes");
    private static final Set<String> ATTACK_VERBS = Set.of("launched", "fired", "attacked", "struck", "shelled", "carried",
            "hit", "bombed", "targeted", "invaded", "launches", "fires", "attacks", "strikes", "pounded");

    private final ActorKb kb;
    private final Gazetteer gazetteer;

    public EntityRecognizer(ActorKb kb, Gazetteer gazetteer) {
        this.kb = kb;
        this.gazetteer = gazetteer;
    }

    public ActorKb kb() {
        return kb;
    }

    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public List<EntityMention> recognize(AnalyzedText at, List<PlaceMention> places) {
        List<Token> tokens = at.tokens();
        boolean[] covered = new boolean[tokens.size()];
        List<EntityMention> out = new ArrayList<>();
        Map<Integer, PlaceMention> placeAtToken = new HashMap<>();
        for (PlaceMention p : places) {
            int t = at.tokenAtOrAfter(p.start());
            if (t < tokens.size() && tokens.get(t).start() == p.start()) {
                placeAtToken.put(t, p);
            }
        }
        for (Sentence s : at.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (covered[i]) {
                    continue;
                }
                int end = kbMatch(at, s, i, placeAtToken);
                if (end > i) {
                    Actor a = kb.lookup(at.text().substring(tokens.get(i).start(), tokens.get(end - 1).end()));
                    int startTok = i;
                    if (!a.isPerson() && i > s.firstToken() && tokens.get(i - 1).text().equalsIgnoreCase("the")) {
                        startTok = i - 1;
                    }
                    add(at, out, covered, startTok, end, a, a.isPerson() ? role(at, s, startTok, end) : null);
                    i = end - 1;
                    continue;
                }
                EntityMention agent = countryAgent(at, s, i, placeAtToken.get(i));
                if (agent != null) {
                    int e = at.tokenAtOrAfter(agent.end());
                    out.add(agent);
                    for (int k = i; k < e; k++) {
                        covered[k] = true;
                    }
                    i = e - 1;
                    continue;
                }
                int personEnd = unknownPersonEnd(at, s, i, placeAtToken, covered);
                if (personEnd > i) {
                    String name = at.text().substring(tokens.get(i).start(), tokens.get(personEnd - 1).end());
                    Actor a = new Actor("local:" + slug(name), name, "PERSON", null, null, List.of());
                    add(at, out, covered, i, personEnd, a, role(at, s, i, personEnd));
                    i = personEnd - 1;
                }
            }
        }
        linkShortForms(at, covered, out);
        out.sort(Comparator.comparingInt(EntityMention::start));
        return inheritRoles(out);
    }

    private void add(AnalyzedText at, List<EntityMention> out, boolean[] covered, int from, int to, Actor a, String role) {
        List<Token> tokens = at.tokens();
        int s = tokens.get(from).start();
        int e = tokens.get(to - 1).end();
        out.add(new EntityMention(s, e, at.text().substring(s, e), a, role));
        for (int k = from; k < to; k++) {
            covered[k] = true;
        }
    }

    private int kbMatch(AnalyzedText at, Sentence s, int i, Map<Integer, PlaceMention> placeAtToken) {
        List<Token> tokens = at.tokens();
        if (!tokens.get(i).isCapitalized()) {
            return i;
        }
        int limit = Math.min(s.endToken(), i + kb.maxTokens());
        for (int j = limit; j > i; j--) {
            Actor a = kb.lookup(at.text().substring(tokens.get(i).start(), tokens.get(j - 1).end()));
            if (a == null) {
                continue;
            }
            PlaceMention p = placeAtToken.get(i);
            // A bare place name that is also an organization alias stays a place unless it acts ("Moscow said").
            if (!a.isPerson() && p != null && p.end() >= tokens.get(j - 1).end()) {
                return i;
            }
            return j;
        }
        return i;
    }

    /** A country named as the one acting: its armed forces for attacks, its government otherwise. */
    private EntityMention countryAgent(AnalyzedText at, Sentence s, int i, PlaceMention place) {
        List<Token> tokens = at.tokens();
        Token t = tokens.get(i);
        GazetteerEntry country = null;
        int end = i + 1;
        boolean forces = false;
        if (place != null && place.entry().kind().equals("country") && place.end() == t.end()) {
            country = place.entry();
        } else {
            // "russian forces" is common in translated Ukrainian statements
            String w = t.text();
            GazetteerEntry byDemonym = w.isEmpty() ? null
                    : gazetteer.countryByDemonym(Character.toUpperCase(w.charAt(0)) + w.substring(1));
            if (byDemonym != null && i + 1 < s.endToken() && FORCE_NOUNS.contains(tokens.get(i + 1).text())) {
                country = byDemonym;
                end = i + 2;
                forces = true;
            }
        }
        if (country == null) {
            return null;
        }
        // "India Times", "Russia Today": part of a longer name, not the country acting
        if (!forces && end < s.endToken() && tokens.get(end).isCapitalized() && tokens.get(end).isProperNoun()) {
            return null;
        }
        if (!forces) {
            String prev = i > s.firstToken() ? tokens.get(i - 1).text() : "";
            boolean possessive = i + 1 < s.endToken() && isPossessive(tokens.get(i + 1).text());
            if (possessive && attackNounWithin(tokens, i + 2, Math.min(s.endToken(), i + 6))) {
                forces = true;
            } else if ((prev.equals("by") || prev.equals("from")) && sentenceHasAttack(at, s)) {
                forces = true;
            } else {
                String verb = governedVerb(tokens, i + 1, s.endToken());
                if (verb == null) {
                    return null;
                }
                forces = ATTACK_VERBS.contains(verb);
            }
        }
        Actor a = forces ? kb.forces(country.country(), country.demonyms().isEmpty() ? null : country.demonyms().get(0))
                : kb.government(country.country(), country.name());
        if (a == null) {
            return null;
        }
        int start = t.start();
        int stop = tokens.get(end - 1).end();
        return new EntityMention(start, stop, at.text().substring(start, stop), a, null);
    }

    private static boolean isPossessive(String s) {
        return s.equals("'s") || s.equals("\u2019s") || s.equals("'") || s.equals("\u2019");
    }

    private static boolean attackNounWithin(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ATTACK_NOUNS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceHasAttack(AnalyzedText at, Sentence s) {
        for (Token t : at.tokensOf(s)) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (ATTACK_NOUNS.contains(w) || ATTACK_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The verb the country is the subject of: "Russia launched", "Russia on Wednesday rejected", "Russia has never said". */
    private static String governedVerb(List<Token> tokens, int from, int to) {
        int k = from;
        int skipped = 0;
        while (k < to && skipped < 4) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("VB")) {
                if (Set.of("has", "have", "had", "is", "was", "will", "would").contains(t.text()) && k + 1 < to) {
                    k++;
                    skipped++;
                    continue;
                }
                return t.text().toLowerCase(Locale.ROOT);
            }
            if (t.pos().equals("MD") || t.pos().equals("RB") || t.text().equals("on") || t.text().equals("also")
                    || t.pos().startsWith("NNP") && k > from && tokens.get(k - 1).text().equals("on")) {
                k++;
                skipped++;
                continue;
            }
            return null;
        }
        return null;
    }

    /** Unknown people: capitalized proper nouns after a title ("Kyiv mayor Vitali Klitschko") or next to "said". */
    private int unknownPersonEnd(AnalyzedText at, Sentence s, int i, Map<Integer, PlaceMention> places, boolean[] covered) {
        List<Token> tokens = at.tokens();
        Token t = tokens.get(i);
        if (!nameLike(t, i == s.firstToken()) || places.containsKey(i)
                || TITLES.contains(t.text().toLowerCase(Locale.ROOT)) || MODIFIERS.contains(t.text().toLowerCase(Locale.ROOT))) {
            return i;
        }
        boolean titled = i > s.firstToken() && (TITLES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                || HONORIFICS.contains(tokens.get(i - 1).text()));
        int j = i;
        while (j < s.endToken() && j < i + 4 && !covered[j] && !places.containsKey(j)) {
            Token tj = tokens.get(j);
            if (j > i && tj.text().length() == 1 && Character.isUpperCase(tj.text().charAt(0)) && j + 1 < s.endToken()
                    && tokens.get(j + 1).text().equals(".") && tokens.get(j + 1).start() == tj.end()) {
                j += 2; // a middle initial the tokenizer split: "John R . Bolton"
                continue;
            }
            if (!nameLike(tj, false) || ORG_HEADS.contains(tj.text())) {
                break;
            }
            j++;
        }
        if (j == i || j < s.endToken() && nameLike(tokens.get(j), false)) {
            return i;
        }
        boolean reportingAfter = j < s.endToken() && REPORTING.contains(tokens.get(j).text());
        if (titled && (j - i >= 2 || reportingAfter)) {
            return j;
        }
        boolean reportingBefore = i > s.firstToken() && REPORTING.contains(tokens.get(i - 1).text());
        return (j - i >= 2 && (reportingAfter || reportingBefore) && nameLike(tokens.get(j - 1), false)) ? j : i;
    }

    /**
     * Capitalized alphabetic word; the UD tagger often mislabels foreign names ("Keith/IN", "Dnipropetrovsk/VB"), so the
     * tag only matters for the sentence's first word, where capitals say nothing.
     */
    private static boolean nameLike(Token t, boolean sentenceInitial) {
        String w = t.text();
        if (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.') {
            return !sentenceInitial; // a middle initial: "John R. Bolton"
        }
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))
                || STOP_CAPITALS.contains(w) || HONORIFICS.contains(w)) {
            return false;
        }
        return !sentenceInitial || t.isProperNoun();
    }

    /** Role from a preceding title ("Dnipropetrovsk regional governor") or an apposition (", head of Zelensky's office,"). */
    private String role(AnalyzedText at, Sentence s, int from, int to) {
        List<Token> tokens = at.tokens();
        if (from > s.firstToken() && TITLES.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))) {
            int k = from - 1;
            while (k - 1 >= s.firstToken()) {
                Token p = tokens.get(k - 1);
                String w = p.text().toLowerCase(Locale.ROOT);
                boolean ok = TITLES.contains(w) || (MODIFIERS.contains(w) && !w.equals("the") && !w.equals("of"))
                        || p.isCapitalized() && Character.isLetter(p.text().charAt(0)) && !STOP_CAPITALS.contains(p.text());
                if (!ok) {
                    break;
                }
                k--;
            }
            return at.text().substring(tokens.get(k).start(), tokens.get(from - 1).end());
        }
        if (to < s.endToken() && tokens.get(to).text().equals(",")) {
            int k = to + 1;
            if (k + 1 < s.endToken() && tokens.get(k).text().equals("who") && Set.of("is", "was").contains(tokens.get(k + 1).text())) {
                k += 2;
            }
            if (k < s.endToken() && Set.of("the", "a", "an").contains(tokens.get(k).text())) {
                k++;
            }
            int roleStart = k;
            boolean hasTitle = false;
            while (k < s.endToken() && k < roleStart + 10) {
                String w = tokens.get(k).text();
                if (w.equals(",") || w.equals(".") || w.equals(";")) {
                    break;
                }
                if (k < roleStart + 3 && TITLES.contains(w.toLowerCase(Locale.ROOT))) {
                    hasTitle = true;
                }
                k++;
            }
            if (hasTitle && k > roleStart && MODIFIERS.contains(tokens.get(roleStart).text().toLowerCase(Locale.ROOT))
                    || hasTitle && TITLES.contains(tokens.get(roleStart).text().toLowerCase(Locale.ROOT))) {
                return at.text().substring(tokens.get(roleStart).start(), tokens.get(k - 1).end());
            }
        }
        return null;
    }

    /** "Kellogg" after "Keith Kellogg": link surnames of people found earlier in the article. */
    private static void linkShortForms(AnalyzedText at, boolean[] covered, List<EntityMention> out) {
        Map<String, Actor> surnames = new HashMap<>();
        for (EntityMention m : out) {
            if (m.isPerson() && m.actor().entityId().startsWith("local:")) {
                String name = m.actor().name();
                int sp = name.lastIndexOf(' ');
                if (sp > 0) {
                    surnames.putIfAbsent(name.substring(sp + 1), m.actor());
                }
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        List<Token> tokens = at.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Actor a = surnames.get(tokens.get(i).text());
            if (a != null && !covered[i]) {
                Token t = tokens.get(i);
                boolean afterFirst = out.stream().anyMatch(m -> m.actor() == a && m.start() < t.start());
                if (afterFirst) {
                    out.add(new EntityMention(t.start(), t.end(), t.text(), a, null));
                    covered[i] = true;
                }
            }
        }
    }

    /** A role stated once ("Kremlin spokesman Dmitry Peskov") holds for the person's other mentions in the article. */
    private static List<EntityMention> inheritRoles(List<EntityMention> mentions) {
        Map<String, String> roles = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.role() != null) {
                roles.putIfAbsent(m.actor().entityId(), m.role());
            }
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String role = m.role();
            if (role == null) {
                role = roles.getOrDefault(m.actor().entityId(), m.isPerson() ? m.actor().role() : null);
            }
            out.add(role == m.role() ? m : new EntityMention(m.start(), m.end(), m.text(), m.actor(), role));
        }
        return out;
    }
}
