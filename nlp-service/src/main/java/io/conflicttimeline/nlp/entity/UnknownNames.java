package io.conflicttimeline.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.conflicttimeline.nlp.place.Gazetteer;
import io.conflicttimeline.nlp.place.PlaceMention;
import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.Sentence;
import io.conflicttimeline.nlp.text.Token;

/**
 * People and organizations the KB does not know. A capitalized sequence is a name only with evidence of its kind, so
 * that headline words, events and products ("Victory Day", "First Edition") stay unnamed:
 * <ul>
 * <li>its own words: an organization head word last or first ("New World Wealth"? no; "Free Buryatia Foundation",
 * "Institute of Energy Economics", "Henley &amp; Partners"); a known given name first ("Larry Elliott");</li>
 * <li>its neighbours: an apposition whose head noun is a kind of person or organization ("Tim Ash, a Russia expert",
 * "MediaZona, an independent news outlet"), a common noun right before it ("economist Robert Skidelsky", "the
 * business daily newspaper Kommersant") or right after it ("the Chatham House thinktank"), an honorific ("Mr. Kamp"), an
 * age ("Samson, 55,"), a title and comma before ("the then foreign minister, Yair Lapid"), "at" after a person's
 * noun ("head of research at New World Wealth"), or "the X says" (a publication).</li>
 * </ul>
 */
final class UnknownNames {

    /** A recognized unknown name: tokens {@code [start, end)}, a person or an organization. */
    record Name(int start, int end, boolean person) {
    }

    static final String GIVEN_NAMES = "kb/given-names.txt";

    /** Words that end (or, before "of"/"for", start) an organization's name. */
    static final Set<String> ORG_WORDS = Set.of("Agency", "Association", "Authority", "Bank", "Board", "Brigade", "Bureau", "Center", "Centre", "Chamber",
            "Club", "Coalition", "College", "Command", "Commission", "Committee", "Company", "Congress",
            "Corporation", "Corp", "Council", "Court", "Department", "Directorate", "Exchange", "Federation",
            "Foundation", "Front", "Fund", "Group", "Guard", "Holdings", "Inc", "Institute", "Institution",
            "Ltd", "Ministry", "Movement", "Network", "Office", "Organisation", "Organization", "Partners", "Party",
            "Police", "Post", "Regiment", "Battalion", "School", "Service", "Services", "Society", "Times", "Tribunal",
            "Union", "University", "Airlines", "Airways", "Programme", "Program", "Assembly", "Parliament",
            "Academy", "Herald", "Journal", "Gazette", "Telegraph", "Tribune", "Observer", "Monitor", "Review",
            "Capital", "Industries", "Systems", "Technologies", "Energy", "Motors", "Mobile", "Media", "Press", "Radio",
            "Television", "Yachts", "Trust", "Watch");
    /** Common nouns for kinds of organizations, as apposition heads or next to the name. */
    static final Set<String> ORG_NOUNS = Set.of("agency", "bank", "broadcaster", "broker", "carrier", "chain", "channel", "charity", "club", "company",
            "conglomerate", "consultancy", "firm", "foundation", "fund", "group", "insurer", "institute",
            "lender", "magazine", "manufacturer", "maker", "movement", "network", "newspaper", "ngo", "operator",
            "organisation", "organization", "outlet", "party", "producer", "publication", "publisher", "radio",
            "retailer", "startup", "tabloid", "thinktank", "think-tank", "union", "website", "airline",
            "giant", "supermarket", "watchdog", "regulator", "association", "alliance", "coalition", "militia",
            "battalion", "regiment", "brigade", "unit", "university", "school", "exchange");
    /** Institution nouns that belong to the name when written after it: "Bayes business school", "Imperial college". */
    static final Set<String> INSTITUTION_NOUNS = Set.of("school", "university", "college", "institute", "hospital", "academy");
    /** Common nouns for kinds of people, as apposition heads or right before the name. */
    static final Set<String> PERSON_NOUNS = Set.of("activist", "actor", "adviser", "advisor", "aide", "ambassador", "analyst", "anchor", "artist", "athlete",
            "author", "banker", "billionaire", "bishop", "blogger", "boss", "businessman", "businesswoman", "captain",
            "ceo", "chairman", "chairwoman", "champion", "chancellor", "chief", "citizen", "coach", "colonel",
            "columnist", "commander", "commentator", "commissioner", "congressman", "congresswoman", "coordinator",
            "correspondent", "critic", "daughter", "deputy", "diplomat", "director", "doctor", "economist", "editor",
            "envoy", "executive", "expert", "father", "fellow", "founder", "general", "governor", "head", "historian",
            "husband", "investor", "journalist", "judge", "lawmaker", "lawyer", "leader", "lieutenant", "major",
            "manager", "mayor", "member", "minister", "mother", "negotiator", "novelist", "officer", "official",
            "oligarch", "owner", "partner", "patriarch", "peer", "philosopher", "photographer", "pilot", "player",
            "politician", "president", "priest", "producer", "professor", "prosecutor", "rabbi", "reporter",
            "representative", "researcher", "resident", "scholar", "scientist", "secretary", "senator", "sergeant",
            "singer", "sister", "brother", "soldier", "son", "speaker", "spokesman", "spokesperson", "spokeswoman",
            "star", "strategist", "striker", "student", "survivor", "teacher", "veteran", "volunteer", "wife", "widow",
            "worker", "writer", "grandmother", "grandfather", "pensioner", "nurse", "surgeon", "medic", "mp",
            "midfielder", "defender", "goalkeeper", "forward", "winger", "director-general", "secretary-general",
            "premier", "presenter", "host", "friend", "spy", "agent", "detainee", "hostage", "mercenary", "commando", "fighter", "colleague", "candidate", "prisoner", "inmate", "dissident",
            "opposition");
    /** Jobs held at an organization: "a Russia expert at the Berggruen Institute", "head of research at X". */
    private static final Set<String> JOB_NOUNS = Set.of("expert", "analyst", "economist", "head", "director", "researcher",
            "professor", "fellow", "official", "executive", "chief", "spokesman", "spokeswoman", "spokesperson", "manager",
            "editor", "correspondent", "strategist", "lawyer", "partner", "scholar", "scientist", "historian", "lecturer",
            "chairman", "chairwoman", "president", "founder", "specialist", "adviser", "advisor", "associate", "member");
    /** Tags of words that cannot start a name ("Either", "Although", "Only"); the tagger's NN or JJ on a name can. */
    private static final Set<String> FUNCTION_TAGS = Set.of("DT", "CC", "IN", "RB", "RBR", "RBS", "PRP", "PRP$", "WDT", "WP", "WRB",
            "MD", "VB", "VBD", "VBZ", "VBP", "TO", "EX", "PDT", "UH");
    private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord",
            "Lady", "Prof.", "Professor", "Gen.", "Col.", "Lt.", "Sgt.", "Capt.", "Maj.");
    /** Capitalized words that are never part of a name of their own. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "It", "He", "She", "They", "We", "I", "You",
            "This", "That", "These", "Those", "His", "Her", "Their", "Our", "Its", "As", "For", "With", "After",
            "Before", "Meanwhile", "However", "Also", "While", "When", "Despite", "Over", "Under", "During", "According",
            "There", "What", "Who", "Why", "How", "So", "Some", "Many", "More", "Most", "Now", "Then", "Yet", "Not",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December", "To", "Of", "By",
            "From", "Is", "Was", "Are", "Do", "No", "Yes", "My", "Your", "All", "Even", "Since", "Photograph", "Photo",
            "Video", "Sign", "Read", "Today", "Tonight", "Yesterday", "Tomorrow", "Here", "Where", "Every", "Each",
            "Both", "Such", "Other", "Another", "Just", "Only", "Which", "Whose", "Russia", "Ukraine", "Soviet", "Either", "Neither");
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "wrote", "writes", "added", "reported", "admitted",
            "reports", "announced", "noted", "explained", "argued", "argues", "warned", "claimed", "stated");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "on", "de", "du");
    // the word lists of single checks, made once (a Set.of in a method builds its set at every call)
    private static final Set<String> PICTURE_LABELS = Set.of("Photograph", "Photo", "Photos", "Photographs", "Composite",
            "Illustration");
    private static final Set<String> AFTER_APPOSITION = Set.of(",", ".", "said", "says");
    private static final Set<String> AFTER_AGE = Set.of(",", ".", "said", "who");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> ABBREVIATED_WORDS = Set.of("Sept.", "Gov.", "Sen.", "Rep.", "Prof.", "Capt.", "Corp.", "Inc.",
            "Ltd.");
    private static final Pattern AGE = Pattern.compile("\\d{1,2}");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "al", "el", "bin", "da", "dos", "di", "la", "le", "du", "ter");

    private final Gazetteer gazetteer;
    private final ActorKb kb;
    private final Set<String> givenNames;

    UnknownNames(Gazetteer gazetteer, ActorKb kb, Set<String> givenNames) {
        this.gazetteer = gazetteer;
        this.kb = kb;
        this.givenNames = givenNames;
    }

    /** The shipped given-name list plus the first names of the KB's people. */
    static UnknownNames load(Gazetteer gazetteer, ActorKb kb) {
        Set<String> names = new HashSet<>(kb.personFirstNames());
        InputStream in = UnknownNames.class.getClassLoader().getResourceAsStream(GIVEN_NAMES);
        if (in == null) {
            in = Thread.currentThread().getContextClassLoader().getResourceAsStream(GIVEN_NAMES);
        }
        if (in != null) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        names.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + GIVEN_NAMES, e);
            }
        }
        return new UnknownNames(gazetteer, kb, Set.copyOf(names));
    }

    /** The unknown name starting at token {@code i}, or null when there is none or no evidence of its kind. */
    Name at(AnalyzedText at, Sentence s, int i, Map<Integer, PlaceMention> places, boolean[] covered, List<EntityMention> found) {
        List<Token> tokens = at.tokens();
        Token first = tokens.get(i);
        // a sentence's first word says nothing by its capital: it must be tagged a name or start a longer one
        boolean initial = i == s.firstToken() && !(i + 1 < s.endToken() && word(tokens.get(i + 1), false));
        if (!word(first, initial) || first.text().equals("&") || covered[i] || titleWord(first.text())) {
            return null;
        }
        // the sequence: name words, with particles and initials inside, and connectors inside organization names
        int j = i + 1;
        boolean orgHead = ORG_WORDS.contains(first.text());
        while (j < s.endToken() && j < i + 8 && !covered[j] && !knownStartsAt(at, s, j)) {
            Token t = tokens.get(j);
            String w = t.text();
            if (at.text().lastIndexOf('\n', t.start()) >= tokens.get(j - 1).end()) {
                break; // a name never spans lines: "Bohdan Kisil" over "Kyiv, Ukraine" in a letter's signature
            }
            if (w.length() > 2 && w.charAt(0) == '-' && Character.isUpperCase(w.charAt(1)) && t.start() == tokens.get(j - 1).end()) {
                j++; // "Rees" "-Zammit" as the tokenizer splits it
                continue;
            }
            if (word(t, false) && (!titleWord(w) || orgHead && CONNECTORS.contains(tokens.get(j - 1).text()))) {
                orgHead |= ORG_WORDS.contains(w);
                j++;
            } else if ((w.equals("-") || w.equals("\u2011")) && j + 1 < s.endToken() && t.start() == tokens.get(j - 1).end()
                    && tokens.get(j + 1).start() == t.end() && word(tokens.get(j + 1), false)) {
                j += 2; // "Rees-Zammit" split by the tokenizer
            } else if (w.length() <= 2 && w.endsWith(".") && Character.isUpperCase(w.charAt(0)) || w.length() == 1
                    && Character.isUpperCase(w.charAt(0)) && j + 1 < s.endToken() && word(tokens.get(j + 1), false)) {
                j++; // an initial: "Michael D Higgins", "Vladimir V. Putin"
            } else if ((PARTICLES.contains(w) || CONNECTORS.contains(w) && (orgHead || w.equals("&")))
                    && j + 1 < s.endToken() && !covered[j + 1] && word(tokens.get(j + 1), false)) {
                j++;
            } else {
                break;
            }
        }
        int end = j;
        while (end > i + 1 && (CONNECTORS.contains(tokens.get(end - 1).text()) || PARTICLES.contains(tokens.get(end - 1).text()))) {
            end--;
        }
        if (end > i + 1 && tokens.get(end - 1).text().length() <= 2 && tokens.get(end - 1).text().endsWith(".")) {
            end--;
        }
        // a bare place ("Kharkiv") or a place that starts the sequence without being part of a longer name; a given name
        // that is also a town ("Tim") followed by a surname is the person
        PlaceMention place = places.get(i);
        if (place != null && !orgName(tokens, i, end) && !(end - i >= 2 && givenNames.contains(first.text())
                && place.end() == first.end() && !places.containsKey(i + 1))) {
            return null;
        }
        if (i == s.firstToken() && FUNCTION_TAGS.contains(first.pos()) && !orgName(tokens, i, end)) {
            return null; // "Either Rishi Sunak": the name starts after the sentence's first word
        }
        boolean person = personEvidence(at, s, i, end) || coordinated(at, s, i, end, found);
        boolean org = orgName(tokens, i, end) || orgEvidence(at, s, i, end);
        if (org && !(person && !orgName(tokens, i, end) && givenNames.contains(first.text()))) {
            // "Bayes business school": a name the house style continues in lower case with the institution's noun
            int k = end;
            while (k < s.endToken() && k < end + 2 && Character.isLowerCase(tokens.get(k).text().charAt(0))
                    && tokens.get(k).pos().startsWith("NN")) {
                k++;
            }
            if (k > end && INSTITUTION_NOUNS.contains(tokens.get(k - 1).text())) {
                end = k;
            }
            return new Name(i, end, false);
        }
        if (person) {
            return new Name(i, end, true);
        }
        return null;
    }

    /** The token is on a picture credit line ("Photograph: ...", "Composite: ..."). */
    private static boolean creditLine(AnalyzedText at, int i) {
        String text = at.text();
        int lineStart = text.lastIndexOf('\n', at.tokens().get(i).start()) + 1;
        int colon = text.indexOf(':', lineStart);
        if (colon < 0 || colon > at.tokens().get(i).start()) {
            return false;
        }
        int label = text.lastIndexOf(". ", colon);
        String word = text.substring(Math.max(lineStart, label < lineStart ? lineStart : label + 2), colon).strip();
        return PICTURE_LABELS.contains(word);
    }

    /** "Mohamed Salah and Sadio Mané": a name of two or more words joined to a person just named is a person too. */
    private static boolean coordinated(AnalyzedText at, Sentence s, int i, int end, List<EntityMention> found) {
        if (end - i < 2 || end - i > 4 || i - 2 < s.firstToken() || found.isEmpty()) {
            return false;
        }
        List<Token> tokens = at.tokens();
        String joint = tokens.get(i - 1).text();
        EntityMention last = found.get(found.size() - 1);
        return joint.equals("and") && last.isPerson() && last.end() == tokens.get(i - 2).end()
                && last.text().indexOf(' ') > 0;
    }

    /**
     * A KB name starts at token {@code j}: the unknown name ends before it, and the KB's own rules take over
     * ("Germany's Federal Security Council" is a national council, not an unknown "Federal Security Council").
     */
    private boolean knownStartsAt(AnalyzedText at, Sentence s, int j) {
        List<Token> tokens = at.tokens();
        if (!tokens.get(j).isCapitalized()) {
            return false;
        }
        for (int k = j + 1; k <= Math.min(s.endToken(), j + 3); k++) {
            Actor a = kb.lookup(at.text().substring(tokens.get(j).start(), tokens.get(k - 1).end()));
            if (a != null && (k - j >= 2 || !a.isPerson())) {
                return true;
            }
        }
        return false;
    }

    /** An organization the KB knows, or a name with an organization word, starts at token {@code k}. */
    private boolean organizationAt(List<Token> tokens, int k) {
        Actor a = kb.lookup(tokens.get(k).text());
        if (a != null) {
            return !a.isPerson();
        }
        for (int m = k; m < Math.min(tokens.size(), k + 5) && tokens.get(m).isCapitalized(); m++) {
            if (ORG_WORDS.contains(tokens.get(m).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean orgName(List<Token> tokens, int i, int end) {
        if (end - i >= 2 && ORG_WORDS.contains(tokens.get(end - 1).text())) {
            return true;
        }
        for (int k = i; k < end; k++) {
            String w = tokens.get(k).text();
            if (w.equals("&")) {
                return true;
            }
            if (k > i && (w.equals("of") || w.equals("for")) && ORG_WORDS.contains(tokens.get(k - 1).text())) {
                return true; // "Institute of Energy Economics", "Department for International Trade"
            }
        }
        return false;
    }

    private boolean personEvidence(AnalyzedText at, Sentence s, int i, int end) {
        List<Token> tokens = at.tokens();
        int n = end - i;
        String before = i > s.firstToken() ? tokens.get(i - 1).text() : "";
        // the sentence detector sometimes ends a sentence after "Mr.": the honorific is looked up across the boundary
        if (i > 0 && HONORIFICS.contains(tokens.get(i - 1).text()) || before.equals(".") && i - 2 >= s.firstToken() && HONORIFICS.contains(tokens.get(i - 2).text())) {
            return true;
        }
        if (n >= 2 && n <= 3 && end + 2 < s.endToken() && tokens.get(end).text().equals("of") && tokens.get(end + 1).text().equals("the")
                && tokens.get(end + 2).isCapitalized() && organizationAt(tokens, end + 2)) {
            return true; // "Pascal Hundt of the ICRC": a person's affiliation
        }
        if (n >= 2 && givenNames.contains(tokens.get(i).text()) && !ORG_WORDS.contains(tokens.get(end - 1).text())) {
            return true;
        }
        if (n <= 4 && PERSON_NOUNS.contains(before.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(before.charAt(0))) {
            return n >= 2 || end < s.endToken() && (REPORTING.contains(tokens.get(end).text()) || tokens.get(end).text().equals(","));
        }
        if (before.equals(",") && i - 2 >= s.firstToken() && PERSON_NOUNS.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT))
                && (end >= s.endToken() || AFTER_APPOSITION.contains(tokens.get(end).text())) && n >= 2) {
            return true; // "the then foreign minister, Yair Lapid,"
        }
        if (end + 2 < s.endToken() && tokens.get(end).text().equals(",") && AGE.matcher(tokens.get(end + 1).text()).matches()
                && AFTER_AGE.contains(tokens.get(end + 2).text())) {
            return true; // "Samson, 55,": an age
        }
        if (n <= 4 && end < s.endToken() && tokens.get(end).text().equals(",") && end + 1 < s.endToken()
                && tokens.get(end + 1).text().equals("who")) {
            return n >= 2;
        }
        String head = appositionHead(tokens, s, end);
        return n <= 4 && head != null && PERSON_NOUNS.contains(head) && (n >= 2 || head.equals("spokesman"));
    }

    private boolean orgEvidence(AnalyzedText at, Sentence s, int i, int end) {
        List<Token> tokens = at.tokens();
        String before = i > s.firstToken() ? tokens.get(i - 1).text() : "";
        String after = end < s.endToken() ? tokens.get(end).text() : "";
        if (ORG_NOUNS.contains(before) || ORG_NOUNS.contains(after)) {
            return true; // "the business daily newspaper Kommersant", "the Chatham House thinktank"
        }
        String head = appositionHead(tokens, s, end);
        if (head != null && ORG_NOUNS.contains(head)) {
            return true;
        }
        if (before.equals("/") && tokens.get(i - 1).end() == tokens.get(i).start() && creditLine(at, i)) {
            return true; // "Photograph: Roman Pilipey/EPA": the agency after the photographer
        }
        if ((before.equals("the") || before.equals("The")) && end - i == 1 && REPORTING.contains(after)) {
            return true; // "the Mirror says": a person is never "the X"
        }
        if (before.equals("the") && end - i == 1 && i - 2 >= s.firstToken() && REPORTING.contains(tokens.get(i - 2).text())
                && (end >= s.endToken() || !Character.isLetterOrDigit(after.charAt(0)))) {
            return true; // "says the Telegraph."
        }
        if (end + 1 < s.endToken() && Character.isLowerCase(after.isEmpty() ? 'X' : after.charAt(0))
                && tokens.get(end).pos().startsWith("NN") && ORG_NOUNS.contains(tokens.get(end + 1).text())) {
            return true; // "the Marriott hotel chain"
        }
        int at0 = before.equals("the") ? i - 2 : i - 1;
        if (at0 > s.firstToken() && tokens.get(at0).text().equals("at")) {
            // "head of research at New World Wealth", "a Russia expert at the Berggruen Institute"
            for (int k = at0 - 1; k >= Math.max(s.firstToken(), at0 - 4); k--) {
                if (JOB_NOUNS.contains(tokens.get(k).text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The head noun of an apposition after the name: ", a Russia expert at", ", the Russian foreign minister,",
     * ", an independent news outlet": the last word before a comma, a preposition, a relative pronoun or the end.
     */
    private static String appositionHead(List<Token> tokens, Sentence s, int end) {
        if (end + 1 >= s.endToken() || !tokens.get(end).text().equals(",")) {
            return null;
        }
        int k = end + 1;
        if (ARTICLES.contains(tokens.get(k).text())) {
            k++;
        }
        String head = null;
        for (int m = 0; m < 9 && k < s.endToken(); m++, k++) {
            Token t = tokens.get(k);
            String w = t.text();
            if (w.equals("(") || w.equals(")")) {
                continue; // "the World Health Organization (WHO) incident manager"
            }
            if (w.equals(",") || w.equals(".") || w.equals("of") || w.equals("at") || w.equals("for") || w.equals("in")
                    || w.equals("who") || w.equals("which") || w.equals("that") || w.equals("with") || w.equals("and")
                    || w.equals("said") || w.equals(";")) {
                return head;
            }
            if (t.pos().startsWith("VB") && !t.pos().equals("VBN") && !t.pos().equals("VBG") || t.pos().equals("MD")) {
                return null; // a clause, not an apposition
            }
            head = w.toLowerCase(Locale.ROOT);
        }
        return k >= s.endToken() ? head : null;
    }

    private boolean word(Token t, boolean sentenceInitial) {
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return w.equals("&"); // most tokens: rejected before any allocation
        }
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(hyphen + 1))) {
            return false; // "Kremlin-controlled", "Russian-backed": adjectives
        }
        if (w.length() >= 5 && allCaps(w) || w.indexOf('/') >= 0 && w.indexOf('/') < 3) {
            return false; // a dateline ("KÖNIGSWINTER, Germany") or a path
        }
        if (w.length() > 3 && w.endsWith(".") && Character.isLetter(w.charAt(w.length() - 2)) && w.indexOf('.') == w.length() - 1
                && Character.isUpperCase(w.charAt(0)) && !HONORIFICS.contains(w) && !NOT_NAMES.contains(w.substring(0, w.length() - 1))
                && !ABBREVIATED_WORDS.contains(w)) {
            return true; // "Galeev." at a sentence's end, the period kept on the word by the tokenizer
        }
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))
                || NOT_NAMES.contains(w) || HONORIFICS.contains(w) || gazetteer.countryByDemonym(w) != null) {
            return w.equals("&");
        }
        return !sentenceInitial || t.isProperNoun();
    }

    private static boolean allCaps(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean titleWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return EntityRecognizer.TITLES.contains(lower) || lower.equals("prime") || lower.equals("deputy") || lower.equals("foreign");
    }
}
