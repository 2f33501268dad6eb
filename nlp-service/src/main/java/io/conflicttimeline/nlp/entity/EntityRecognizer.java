package io.conflicttimeline.nlp.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

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
            "remarked", "asserted", "warned", "claimed", "confirmed", "noted", "explained", "reported", "conveyed", "insisted",
            "admitted", "acknowledged");
    /** Nouns for members of an organization named after a place: "Azov servicemen", "Azov fighters". */
    private static final Set<String> MEMBER_NOUNS = Set.of("servicemen", "fighters", "soldiers", "troops", "members", "commanders",
            "commander", "units", "unit", "servicemen's", "defenders");
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

    /** Verbs of speech, cognition and intent: a capital city as their subject stands for its government ("Moscow said"). */
    private static final Set<String> STANCE_VERBS = Set.of("said", "says", "say", "told", "tells", "announced", "announces",
            "stated", "declared", "warned", "warns", "insisted", "insists", "claimed", "claims", "denied", "denies", "rejected",
            "rejects", "reject", "accused", "accuses", "demanded", "demands", "demand", "urged", "urges", "called", "calls",
            "responded", "replied", "argued", "argues", "stressed", "confirmed", "dismissed", "condemned", "condemns", "wants",
            "want", "wanted", "believes", "believed", "thinks", "thought", "hopes", "hoped", "expects", "expected", "intends",
            "intended", "plans", "planned", "seeks", "sought", "refuses", "refused", "refuse", "agreed", "agrees", "agree",
            "considers", "considered", "consider", "knows", "fears", "feared", "proposed", "proposes", "offered", "offers",
            "threatened", "threatens", "vowed", "vows", "promised", "pledged", "signalled", "signaled", "suggested", "decided",
            "insist", "accept", "accepted", "accepts", "welcomed", "welcomes", "criticised", "criticized", "protested",
            "summoned", "recognised", "recognized", "negotiate", "negotiated");
    /** "Kyiv was ready for talks", "Moscow is not interested in peace". */
    private static final Set<String> STANCE_ADJECTIVES = Set.of("ready", "prepared", "willing", "unwilling", "interested",
            "determined", "open", "keen", "eager", "reluctant", "committed", "opposed", "unhappy", "concerned", "confident");
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "remains", "remained");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "He", "She");
    // the word lists of single checks, made once (a Set.of in a method builds its set at every call)
    private static final Set<String> CLOSING_BRACKETS = Set.of("]", ")");
    private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "of", "outside", "around",
            "into", "across");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "will", "would");
    private static final Set<String> CONCEDING = Set.of("admitted", "acknowledged");
    private static final Set<String> IS_WAS = Set.of("is", "was");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> MALE_NAMES_IN_A = Set.of("Nikita", "Ilya", "Luka", "Kuzma", "Foma");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern EDGE_DASH = Pattern.compile("(^-|-$)");
    /** Titles that name an office in a role description ("the Ukrainian president", "Kyiv's mayor"). */
    private static final Map<String, List<String>> OFFICES = Map.ofEntries(
            Map.entry("president", List.of("President")), Map.entry("leader", List.of("President", "Prime Minister", "Chancellor")),
            Map.entry("prime minister", List.of("Prime Minister")), Map.entry("premier", List.of("Prime Minister")),
            Map.entry("chancellor", List.of("Chancellor")),
            Map.entry("foreign minister", List.of("Minister of Foreign Affairs")),
            Map.entry("defence minister", List.of("Minister of Defence")), Map.entry("defense minister", List.of("Minister of Defence")),
            Map.entry("mayor", List.of("Mayor")), Map.entry("governor", List.of("Governor")));

    private final ActorKb kb;
    private final Gazetteer gazetteer;
    private final UnknownNames unknownNames;

    public EntityRecognizer(ActorKb kb, Gazetteer gazetteer) {
        this.kb = kb;
        this.gazetteer = gazetteer;
        this.unknownNames = UnknownNames.load(gazetteer, kb);
    }

    public ActorKb kb() {
        return kb;
    }

    public static String slug(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return EDGE_DASH.matcher(NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
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
                EntityMention described = roleDescription(at, s, i, placeAtToken, out);
                if (described != null) {
                    int e = at.tokenAtOrAfter(described.end());
                    out.add(described);
                    for (int k = at.tokenAtOrAfter(described.start()); k < e; k++) {
                        covered[k] = true;
                    }
                    i = e - 1;
                    continue;
                }
                int end = kbMatch(at, s, i, placeAtToken);
                if (end > i) {
                    String surface = at.text().substring(tokens.get(i).start(), tokens.get(end - 1).end());
                    Actor a = kb.lookup(surface);
                    int startTok = i;
                    if (Gazetteer.normalize(surface).equals("Security Council")) {
                        int[] from = { i };
                        Actor national = nationalCouncil(at, s, i, placeAtToken, covered, from);
                        if (national != null) {
                            a = national;
                            startTok = from[0];
                        } else if (i > s.firstToken() && tokens.get(i - 1).isCapitalized() && !tokens.get(i - 1).text().equals("The")) {
                            // "the Federal Security Council": some other state's council, not the UN's
                            i = end - 1;
                            continue;
                        }
                    }
                    if (!a.isPerson() && startTok == i && i > s.firstToken() && tokens.get(i - 1).text().equalsIgnoreCase("the")) {
                        startTok = i - 1;
                    }
                    if (a.isPerson() && i - 2 >= s.firstToken() && !covered[i - 2] && CLOSING_BRACKETS.contains(tokens.get(i - 1).text())
                            && kb.lookup(tokens.get(i - 2).text() + " " + surface) == a) {
                        // an editor's bracket inside the name: "[Russian President Vladimir] Putin"
                        startTok = i - 2;
                    }
                    if (!a.isPerson() && a.role() != null && a.role().startsWith("News") && aloneOnItsLine(at, startTok, end)) {
                        // a credit or byline ("BBC News" under the author's name) is boilerplate, not a mention
                        for (int k = startTok; k < end; k++) {
                            covered[k] = true;
                        }
                        i = end - 1;
                        continue;
                    }
                    add(at, out, covered, startTok, end, a, a.isPerson() ? role(at, s, startTok, end) : null);
                    i = end - 1;
                    continue;
                }
                EntityMention ministry = ministry(at, s, i, placeAtToken);
                if (ministry != null) {
                    int e = at.tokenAtOrAfter(ministry.end());
                    out.add(ministry);
                    for (int k = i; k < e; k++) {
                        covered[k] = true;
                    }
                    i = e - 1;
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
                UnknownNames.Name name = unknownNames.at(at, s, i, placeAtToken, covered, out);
                // "Cornwall Insight said": an organization by its own words or context, though it speaks
                int personEnd = name != null && !name.person() ? i : unknownPersonEnd(at, s, i, placeAtToken, covered);
                if (personEnd > i) {
                    String full = at.text().substring(tokens.get(i).start(), tokens.get(personEnd - 1).end());
                    Actor a = new Actor("local:" + slug(full), full, "PERSON", null, null, List.of());
                    add(at, out, covered, i, personEnd, a, role(at, s, i, personEnd));
                    i = personEnd - 1;
                    continue;
                }
                if (name != null) {
                    int from = tokens.get(name.start()).start();
                    int to = tokens.get(name.end() - 1).end();
                    int slash = at.text().indexOf('/', from);
                    if (slash > from && slash < to) {
                        to = slash; // a photo credit: "Anton Vaganov/Reuters"
                    }
                    if (at.text().charAt(to - 1) == '.') {
                        to--; // the sentence's period on the last word: "said Mr. Galeev."
                    }
                    String surface = at.text().substring(from, to);
                    Actor a = new Actor("local:" + slug(surface), surface, name.person() ? "PERSON" : "ORGANIZATION", null, null, List.of());
                    out.add(new EntityMention(from, to, surface, a, name.person() ? role(at, s, name.start(), name.end()) : null));
                    for (int k = name.start(); k < name.end(); k++) {
                        covered[k] = true;
                    }
                    i = name.end() - 1;
                }
            }
        }
        mergeSurnames(out);
        linkShortForms(at, covered, out);
        out.sort(Comparator.comparingInt(EntityMention::start));
        resolvePronouns(at, covered, out);
        out.sort(Comparator.comparingInt(EntityMention::start));
        return inheritRoles(kb, out);
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
        if (!tokens.get(i).isCapitalized() || !kb.mayStartName(tokens.get(i).text())) {
            return i;
        }
        int limit = i + 1;
        int maxEnd = Math.min(s.endToken(), i + kb.maxTokens());
        // a KB key starts with the key of each of its shorter windows: once a window starts none, no longer one is a name
        while (limit < maxEnd && kb.mayStartName(at.text().substring(tokens.get(i).start(), tokens.get(limit).end()))) {
            limit++;
        }
        for (int j = limit; j > i; j--) {
            Actor a = kb.lookup(at.text().substring(tokens.get(i).start(), tokens.get(j - 1).end()));
            if (a == null) {
                continue;
            }
            if (a.isPerson() && j == i + 1 && j < s.endToken() && tokens.get(j).isCapitalized() && tokens.get(j).isProperNoun()
                    && !placeAtToken.containsKey(j) && Character.isLetter(tokens.get(j).text().charAt(0))
                    && kb.lookup(tokens.get(j).text()) == null && !NOT_SURNAMES.contains(tokens.get(j).text())) {
                return i; // "Francis Gary Powers" is not Pope Francis
            }
            PlaceMention p = placeAtToken.get(i);
            // A bare place name that is also an organization alias stays a place unless it acts ("Moscow said").
            if (!a.isPerson() && p != null && p.end() >= tokens.get(j - 1).end()
                    && !(j < s.endToken() && MEMBER_NOUNS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT)))) {
                return i; // ... but "Azov servicemen" are the unit's
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
        } else if (place != null && place.end() == t.end() && place.entry().kind().equals("city")
                && place.entry() == gazetteer.capitalOf(place.entry().country())) {
            // metonymy: "Moscow is not interested in peace", "Washington said" -- the government, not a place of events
            GazetteerEntry state = gazetteer.country(place.entry().country());
            String before = i > s.firstToken() ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
            // "sources in Moscow told", "the city of Berlin decided": a locative or a name, not the state speaking
            if (state == null || LOCATIVE_PREPOSITIONS.contains(before)
                    || !stanceFollows(tokens, i + 1, s.endToken())) {
                return null;
            }
            Actor alias = kb.lookup(t.text());
            // "Brussels said" is the EU's executive, not Belgium's government
            Actor gov = alias != null && !alias.isPerson() ? alias : kb.government(state.country(), state.name());
            return gov == null ? null : new EntityMention(t.start(), t.end(), t.text(), gov, null);
        } else {
            // "russian forces" is common in translated Ukrainian statements
            String w = t.text();
            // the force noun first: it rules out almost every token without building the capitalized form
            GazetteerEntry byDemonym = w.isEmpty() || !(i + 1 < s.endToken() && FORCE_NOUNS.contains(tokens.get(i + 1).text())) ? null
                    : gazetteer.countryByDemonym(Character.toUpperCase(w.charAt(0)) + w.substring(1));
            if (byDemonym != null) {
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
                if (AUXILIARIES.contains(t.text()) && k + 1 < to) {
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
        // "said Keith Kellogg" inverts subject and verb; "admitted Manchester United's plan" has an object
        boolean reportingBefore = i > s.firstToken() && REPORTING.contains(tokens.get(i - 1).text())
                && !CONCEDING.contains(tokens.get(i - 1).text());
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
            if (k + 1 < s.endToken() && tokens.get(k).text().equals("who") && IS_WAS.contains(tokens.get(k + 1).text())) {
                k += 2;
            }
            if (k < s.endToken() && ARTICLES.contains(tokens.get(k).text())) {
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

    private static boolean aloneOnItsLine(AnalyzedText at, int from, int to) {
        String text = at.text();
        int lineStart = text.lastIndexOf('\n', at.tokens().get(from).start() - 1) + 1;
        int lineEnd = text.indexOf('\n', at.tokens().get(to - 1).end());
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String rest = text.substring(lineStart, at.tokens().get(from).start()) + text.substring(at.tokens().get(to - 1).end(), lineEnd);
        return rest.isBlank() || rest.strip().equalsIgnoreCase("the");
    }

    /** A speech, cognition or intent verb governed by the subject at {@code from}, or a copula with a stance adjective. */
    private static boolean stanceFollows(List<Token> tokens, int from, int to) {
        int k = from;
        int skipped = 0;
        while (k < to && skipped < 5) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (STANCE_VERBS.contains(w)) {
                return true;
            }
            if ((w.equals("should") || w.equals("must")) && k + 1 < to && tokens.get(k + 1).pos().startsWith("VB")
                    && !COPULAS.contains(tokens.get(k + 1).text()) && !tokens.get(k + 1).text().equals("be")) {
                return true; // an obligation is a stance: "Washington should receive something in return"
            }
            if (COPULAS.contains(w)) {
                int j = k + 1;
                while (j < to && (tokens.get(j).text().equals("not") || tokens.get(j).pos().equals("RB"))) {
                    j++;
                }
                if (j < to && STANCE_ADJECTIVES.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            if (t.pos().equals("MD") || t.pos().equals("RB") || w.equals("not") || w.equals("also") || w.equals("has")
                    || w.equals("have") || w.equals("had") || w.equals("will") || w.equals("would") || COPULAS.contains(w)
                    || w.equals("on") || t.pos().startsWith("NNP") && k > from && tokens.get(k - 1).text().equals("on")) {
                k++;
                skipped++;
                continue;
            }
            return false;
        }
        return false;
    }

    /**
     * "Russia's influential Security Council", "the Ukrainian Security Council": a country possessive or demonym before
     * the bare alias picks that country's council instead of the UN's. {@code from[0]} receives the mention's first token.
     */
    private Actor nationalCouncil(AnalyzedText at, Sentence s, int i, Map<Integer, PlaceMention> places, boolean[] covered, int[] from) {
        List<Token> tokens = at.tokens();
        int k = i - 1;
        int adjectives = 0;
        while (k >= s.firstToken() && adjectives < 2 && !isPossessive(tokens.get(k).text()) && !places.containsKey(k)
                && gazetteer.countryByDemonym(tokens.get(k).text()) == null
                && (tokens.get(k).pos().startsWith("JJ") || tokens.get(k).pos().startsWith("RB") || tokens.get(k).isCapitalized())) {
            k--;
            adjectives++;
        }
        if (k < s.firstToken()) {
            return null;
        }
        GazetteerEntry country = null;
        int first = k;
        GazetteerEntry byDemonym = gazetteer.countryByDemonym(tokens.get(k).text());
        if (byDemonym != null) {
            country = byDemonym;
        } else if (isPossessive(tokens.get(k).text()) && k - 1 >= s.firstToken()) {
            PlaceMention p = places.get(k - 1);
            if (p == null) {
                // a multi-token country name ("United States'") starts earlier
                for (PlaceMention q : places.values()) {
                    if (q.end() == tokens.get(k - 1).end()) {
                        p = q;
                    }
                }
            }
            if (p != null && p.entry().kind().equals("country")) {
                country = p.entry();
                first = at.tokenAtOrAfter(p.start());
            }
        }
        if (country == null) {
            return null;
        }
        for (int c = first; c < i; c++) {
            if (covered[c]) {
                first = i;
                break;
            }
        }
        from[0] = first;
        return kb.securityCouncil(country.country(), country.name());
    }

    /**
     * A person named by the office they hold: "the Ukrainian president", "Ukraine's president", "Kyiv's mayor",
     * "the Kremlin spokesman" resolve to the KB holder of that office; a bare "the president" to the latest person
     * of the article holding such an office. A name right after the title makes it a title, not a description.
     */
    private EntityMention roleDescription(AnalyzedText at, Sentence s, int i, Map<Integer, PlaceMention> places, List<EntityMention> found) {
        List<Token> tokens = at.tokens();
        Token t = tokens.get(i);
        String w = t.text();
        boolean afterThe = i > s.firstToken() && tokens.get(i - 1).text().equalsIgnoreCase("the");
        if (!afterThe && places.get(i) == null) {
            return null; // every description below starts after "the" or at a place
        }
        // the title phrase starts at k
        int k;
        List<String> where = new ArrayList<>(2);
        String countryCode = null;
        PlaceMention place = places.get(i);
        GazetteerEntry byDemonym = t.isCapitalized() ? gazetteer.countryByDemonym(w) : null;
        if (place != null && at.tokenAtOrAfter(place.end()) < s.endToken() && isPossessive(tokens.get(at.tokenAtOrAfter(place.end())).text())) {
            k = at.tokenAtOrAfter(place.end()) + 1;
            GazetteerEntry e = place.entry();
            countryCode = e.country();
            where.add(e.name());
            if (e.kind().equals("country")) {
                where.add("the " + e.name());
            } else if (e.kind().equals("city") && e.admin1() != null) {
                where.add(e.admin1()); // "Kharkiv's governor" governs Kharkiv Oblast
            }
        } else if (byDemonym != null && afterThe) {
            k = i + 1;
            countryCode = byDemonym.country();
            where.add(byDemonym.name());
            where.add("the " + byDemonym.name());
        } else if (afterThe && t.isCapitalized() && i + 1 < s.endToken() && !tokens.get(i + 1).isCapitalized()) {
            // "the Kremlin spokesman": an office named after an institution
            k = i + 1;
            where.add(null);
        } else if (afterThe && !t.isCapitalized()) {
            k = i;
        } else {
            return null;
        }
        if (k >= s.endToken()) {
            return null;
        }
        String title = tokens.get(k).text().toLowerCase(Locale.ROOT);
        int titleEnd = k + 1;
        if (k + 1 < s.endToken() && OFFICES.containsKey(title + " " + tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
            title = title + " " + tokens.get(k + 1).text().toLowerCase(Locale.ROOT);
            titleEnd = k + 2;
        }
        if (!OFFICES.containsKey(title) && !(where.size() == 1 && where.get(0) == null && TITLES.contains(title))) {
            return null;
        }
        if (titleEnd < s.endToken()) {
            Token next = tokens.get(titleEnd);
            if (next.text().equals("of") || next.isCapitalized() && Character.isLetter(next.text().charAt(0))
                    || next.text().equals(",") && titleEnd + 1 < s.endToken() && tokens.get(titleEnd + 1).isCapitalized()
                            && tokens.get(titleEnd + 1).isProperNoun()) {
                return null; // "the president of France", "Kyiv mayor Vitali Klitschko", "the president, Emmanuel Macron"
            }
        }
        Actor holder = null;
        String office = null;
        if (where.isEmpty()) {
            // bare "the president": the latest person of the article with that office
            for (int m = found.size() - 1; m >= 0 && holder == null; m--) {
                EntityMention e = found.get(m);
                String role = e.role() != null ? e.role() : e.actor().role();
                if (e.isPerson() && role != null && role.toLowerCase(Locale.ROOT).contains(title) && e.start() < t.start()) {
                    holder = e.actor();
                    office = ActorKb.normalizedRole(holder, title);
                    if (office == null) {
                        office = role;
                    }
                }
            }
        } else if (where.get(0) == null) {
            office = w + " " + title;
            holder = earlierHolder(found, List.of(office), t.start());
            if (holder == null) {
                holder = kb.holderOf(office);
            }
            if (holder != null) {
                office = ActorKb.normalizedRole(holder, title);
            }
        } else {
            List<String> offices = new ArrayList<>();
            for (String o : OFFICES.get(title)) {
                for (String x : where) {
                    offices.add(o + " of " + x);
                }
            }
            // a holder the article already named wins over today's holder: "the German chancellor" after "Olaf Scholz"
            holder = earlierHolder(found, offices, t.start());
            if (holder != null) {
                Actor h = holder;
                office = offices.stream().filter(o -> ActorKb.heldOffice(h, o)).findFirst().orElse(null);
            }
            for (String o : offices) {
                if (holder == null) {
                    holder = kb.holderOf(o);
                    office = o;
                }
            }
            if (holder == null && countryCode != null) {
                // "the Ukrainian president" with no KB holder: the latest person of that country with such a role
                for (int m = found.size() - 1; m >= 0 && holder == null; m--) {
                    EntityMention e = found.get(m);
                    String role = e.role() != null ? e.role() : e.actor().role();
                    if (e.isPerson() && countryCode.equals(e.actor().country()) && role != null
                            && role.toLowerCase(Locale.ROOT).contains(title)) {
                        holder = e.actor();
                        office = role;
                    }
                }
            }
        }
        if (holder == null || !holder.isPerson()) {
            return null;
        }
        int start = t.start();
        int end = tokens.get(titleEnd - 1).end();
        return new EntityMention(start, end, at.text().substring(start, end), holder, office);
    }

    private static Actor earlierHolder(List<EntityMention> found, List<String> offices, int before) {
        for (int m = found.size() - 1; m >= 0; m--) {
            EntityMention e = found.get(m);
            if (e.isPerson() && e.start() < before && offices.stream().anyMatch(o -> ActorKb.heldOffice(e.actor(), o))) {
                return e.actor();
            }
        }
        return null;
    }

    /**
     * "he wrote", "said she": a pronoun attributing a statement is the person the text is about at that point, the
     * latest person who spoke or opened a sentence as its subject.
     */
    private static void resolvePronouns(AnalyzedText at, boolean[] covered, List<EntityMention> out) {
        List<Token> tokens = at.tokens();
        List<EntityMention> added = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (!PRONOUNS.contains(t.text()) || covered[i]) {
                    continue;
                }
                Actor a = null;
                if (i + 1 < s.endToken() && REPORTING.contains(tokens.get(i + 1).text())) {
                    a = latestSubject(at, out, added, t.start());
                } else if (i - 1 > s.firstToken() && REPORTING.contains(tokens.get(i - 1).text())) {
                    // "Zelensky said he was ready": the subject right before the verb, nobody else
                    int verbStart = tokens.get(i - 1).start();
                    for (EntityMention m : out) {
                        if (m.isPerson() && m.end() <= verbStart && at.tokenAtOrAfter(m.end()) == i - 1) {
                            a = m.actor();
                        }
                    }
                }
                if (a != null && feminine(a) != (t.text().equalsIgnoreCase("she"))) {
                    a = null; // "she" is not Putin: first names in -a are (in this KB's languages) women's
                }
                if (a != null) {
                    added.add(new EntityMention(t.start(), t.end(), t.text(), a, null));
                    covered[i] = true;
                }
            }
        }
        out.addAll(added);
    }

    private static boolean feminine(Actor a) {
        String first = a.name().split(" ")[0];
        return first.endsWith("a") && !MALE_NAMES_IN_A.contains(first);
    }

    private static Actor latestSubject(AnalyzedText at, List<EntityMention> mentions, List<EntityMention> pronouns, int offset) {
        List<Token> tokens = at.tokens();
        EntityMention best = null;
        for (List<EntityMention> list : List.of(mentions, pronouns)) {
            for (EntityMention m : list) {
                if (!m.isPerson() || m.start() >= offset || best != null && m.start() <= best.start()) {
                    continue;
                }
                Sentence s = at.sentences().get(at.sentenceAt(m.start()));
                int after = at.tokenAtOrAfter(m.end());
                int before = at.tokenAtOrAfter(m.start()) - 1;
                boolean speaks = after < s.endToken() && REPORTING.contains(tokens.get(after).text())
                        || before >= s.firstToken() && REPORTING.contains(tokens.get(before).text());
                boolean subject = true;
                for (int k = s.firstToken(); k < before + 1 && k < s.endToken(); k++) {
                    Token x = tokens.get(k);
                    if (x.pos().startsWith("VB") && !x.pos().equals("VBG") || x.text().equals("\u201c") || x.text().equals("\"")) {
                        subject = false;
                        break;
                    }
                }
                if (speaks || subject) {
                    best = m;
                }
            }
        }
        return best == null ? null : best.actor();
    }

    /** Capitalized words after a known surname that do not extend it into another person's name. */
    private static final Set<String> NOT_SURNAMES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "The", "In", "On", "And", "But");
    /** Ministry names in the words reporting uses for them ("the foreign ministry" is the Ministry of Foreign Affairs). */
    private static final Map<String, String> MINISTRY_FIELDS = Map.ofEntries(Map.entry("foreign", "Foreign Affairs"),
            Map.entry("interior", "Internal Affairs"), Map.entry("defence", "Defence"), Map.entry("defense", "Defence"),
            Map.entry("justice", "Justice"), Map.entry("finance", "Finance"), Map.entry("economy", "Economy"),
            Map.entry("health", "Health"), Map.entry("transport", "Transport"), Map.entry("industry", "Industry"),
            Map.entry("energy", "Energy"), Map.entry("agriculture", "Agriculture"), Map.entry("education", "Education"),
            Map.entry("culture", "Culture"), Map.entry("emergencies", "Emergency Situations"), Map.entry("trade", "Trade"),
            Map.entry("digital", "Digital Transformation"), Map.entry("environment", "Environment"),
            Map.entry("infrastructure", "Infrastructure"), Map.entry("communications", "Communications"));

    /**
     * "Russia's justice ministry", "the Ukrainian health ministry": a ministry named by its field and country, which the
     * KB may not list; it is that country's ministry (the KB's entry when it has one).
     */
    private EntityMention ministry(AnalyzedText at, Sentence s, int i, Map<Integer, PlaceMention> places) {
        List<Token> tokens = at.tokens();
        Token t = tokens.get(i);
        GazetteerEntry country = null;
        int k;
        PlaceMention p = places.get(i);
        if (p != null && p.entry().kind().equals("country")) {
            k = at.tokenAtOrAfter(p.end());
            if (k >= s.endToken() || !isPossessive(tokens.get(k).text())) {
                return null;
            }
            country = p.entry();
            k++;
        } else {
            country = t.isCapitalized() ? gazetteer.countryByDemonym(t.text()) : null;
            k = i + 1;
        }
        if (country == null || k + 1 >= s.endToken()) {
            return null;
        }
        String field = MINISTRY_FIELDS.get(tokens.get(k).text().toLowerCase(Locale.ROOT));
        if (field == null || !tokens.get(k + 1).text().equalsIgnoreCase("ministry")) {
            return null;
        }
        String name = "Ministry of " + field + " of " + country.name();
        Actor a = kb.lookup(name);
        if (a == null) {
            a = new Actor("local:" + slug(name), name, "ORGANIZATION", null, country.country(), List.of());
        }
        int start = t.start();
        int end = tokens.get(k + 1).end();
        return new EntityMention(start, end, at.text().substring(start, end), a, null);
    }

    /** "Ms. Yellen said" after "Janet Yellen": a surname alone is the person the article named in full before. */
    private static void mergeSurnames(List<EntityMention> out) {
        out.sort(Comparator.comparingInt(EntityMention::start));
        Map<String, Actor> bySurname = new HashMap<>();
        for (int m = 0; m < out.size(); m++) {
            EntityMention e = out.get(m);
            if (!e.isPerson()) {
                continue;
            }
            String name = e.actor().name();
            int sp = name.lastIndexOf(' ');
            if (sp > 0) {
                bySurname.putIfAbsent(name.substring(sp + 1), e.actor());
            } else if (e.actor().entityId().startsWith("local:") && bySurname.containsKey(name)) {
                out.set(m, new EntityMention(e.start(), e.end(), e.text(), bySurname.get(name), e.role()));
            }
        }
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

    private static String firstOffice(Actor a) {
        List<String> offices = ActorKb.currentOffices(a.role());
        return offices.isEmpty() ? a.role() : offices.get(0);
    }

    /** A role stated once ("Kremlin spokesman Dmitry Peskov") holds for the person's other mentions in the article. */
    private static List<EntityMention> inheritRoles(ActorKb kb, List<EntityMention> mentions) {
        Map<String, String> roles = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.role() != null) {
                roles.putIfAbsent(m.actor().entityId(), m.role());
            }
        }
        // a known person's role in the KB's words ("Kyiv mayor" -> "Mayor of Kyiv"); unknown people keep the text's
        roles.replaceAll((id, raw) -> {
            Actor a = mentions.stream().map(EntityMention::actor).filter(x -> x.entityId().equals(id)).findFirst().orElseThrow();
            String normalized = a.isPerson() && a.role() != null ? ActorKb.normalizedRole(a, raw) : null;
            return normalized == null ? raw : normalized;
        });
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String role = roles.getOrDefault(m.actor().entityId(), m.isPerson() && m.actor().role() != null
                    ? firstOffice(m.actor()) : null);
            out.add(Objects.equals(role, m.role()) ? m : new EntityMention(m.start(), m.end(), m.text(), m.actor(), role));
        }
        return out;
    }
}
