package io.conflicttimeline.nlp.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.conflicttimeline.nlp.pattern.CuedPattern;

/**
 * Extracts casualty, weapon and prisoner-exchange figures from one sentence with a small shallow grammar: it finds
 * counted noun phrases ("at least 15 people", "six out of seven ballistic missiles", "four") and decides what they
 * count from the predicate around them (passive/intransitive after, active verb before, noun heads such as
 * "fatalities", "death toll rose to"). Thread-safe and stateless.
 *
 * <p>Decisions worth knowing:
 * <ul>
 * <li>Ages ("nine-year-old", "Boy, 10,"), hyphenated compounds ("1,000-for-1,000", "three-day"), money,
 * percentages, times, dates, distances and counts of anything but people or weapons are never figures: a number
 * must head or quantify a person or weapon noun, or stand bare right before a casualty predicate ("four injured",
 * "3 dead").</li>
 * <li>"N among the dead/injured" is a partial count and gives an {@code at_least} figure; a singular noun phrase
 * ("a nine-year-old girl was among the injured") gives none.</li>
 * <li>A single person counts one: "a man was killed", "the victim died", headline style "Teen dead after...",
 * "16-year-old John Doe was pronounced dead", a two-word name or a surname subject of "was killed". Coordinated
 * people add up ("a man and a woman", "four men and two women", "he and three others").</li>
 * <li>"N people were shot" counts people hit by gunfire: with a fatal subset in the same sentence ("one fatally",
 * "one of whom died") the rest are INJURED; alone, all N are INJURED (the text says they were hit, not that they
 * died). "double/triple shooting" states the number hit; "triple homicide" the number killed; "a fatal/deadly
 * shooting" at least one killed; "murder-suicide" at least two killed; "shot himself" one hit and "killed himself"
 * or "took his own life" one killed.</li>
 * <li>Negated predicates ("was not hurt", "none of the four were wounded") state no casualty.</li>
 * <li>Lists of full names count their members ("Ann Lee, Bo Park and Cy Diaz were wounded": 3); a single surname
 * counts as the object of an active casualty verb ("mortally wounding Troyer", killed). "Father, two daughters shot
 * to death" and "3 Men, 1 Woman Injured" add a headline list; "killing one and wounding the other" counts the
 * other. A short place phrase may stand between the subject and its verb ("two men inside the car were
 * wounded").</li>
 * <li>"N counts of (first-degree) murder/homicide/manslaughter" states N killed; "attempted murder" states none.
 * "tried to take her own life" is no death.</li>
 * <li>A person "with a gunshot wound", "suffers a gunshot wound", a shooting that "sent N people to the hospital" were
 * hit (like "shot"); "taken/airlifted to <named> Hospital" and "with non-life-threatening injuries" are injured.</li>
 * <li>Numbers that label ("Zone 5", "Precinct 7"), days after abbreviated months ("Dec. 15 death") and plural
 * numbers with a singular verb or noun ("25 has died", "15 death") are not counts; a bare number in an apposition
 * of ages ("Three men, aged 19, 20 and 24, were shot") is an age.</li>
 * <li>A qualifier on the first of two coordinated casualty figures scopes over both ("killing at least one person
 * and injuring three others": both at_least).</li>
 * <li>"N out of M missiles shot down": N intercepted, M launched. A weapon count takes its role from a passive
 * predicate after it ("were shot down"), else the nearest launch/intercept verb before it (not across another
 * counted noun, so loss tallies like "destroyed 586 tanks, ..., 66 UAVs" are not interceptions), else a
 * "launched by" modifier; weapons that are the agent ("missiles destroyed the airport") were launched. A bare count
 * with a passive predicate takes the nearest weapon noun before it ("46 missiles, of which 30 were shot
 * down").</li>
 * <li>Rockets count as missiles; glide/aerial bombs, artillery shells and "missile systems/launchers/strikes" count
 * as neither.</li>
 * <li>Exchanged people need an exchange context: prisoner nouns (prisoners, POWs, captives, defenders...) with any
 * exchange/return/release wording, other people nouns only next to exchange, swap, repatriation or captivity. "N
 * from each side" is reported as N (per side). "N-for-N" and "N for N" are deal names, not counts.</li>
 * </ul>
 */
public final class FigureExtractor {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:[.,]\\p{N}+)*(?:['’][\\p{L}]+)?(?:[-–][\\p{L}\\p{N}]+(?:[.,]\\p{N}+)*)*|\\S");

    private static final Set<String> PERSON_PLURAL = Set.of(
            "people", "persons", "civilians", "men", "women", "children", "kids", "teens", "teenagers", "boys",
            "girls", "others", "victims", "residents", "soldiers", "servicemen", "servicemembers", "troops",
            "officers", "policemen", "firefighters", "rescuers", "workers", "students", "adults", "minors",
            "infants", "babies", "members", "passengers", "bystanders", "individuals", "pedestrians", "journalists",
            "medics", "doctors", "guards", "fighters", "militants", "palestinians", "ukrainians", "russians",
            "israelis", "syrians", "iraqis", "americans", "prisoners", "pows", "captives", "detainees", "hostages",
            "personnel", "defenders", "patients", "employees", "citizens", "refugees", "relatives", "brothers",
            "sisters", "friends", "siblings", "suspects", "gunmen", "shooters", "deputies", "agents", "marines",
            "sailors", "pilots", "toddlers", "youths", "juveniles", "teenager", "males", "females", "motorists",
            "customers", "cousins", "sons", "daughters", "parents", "neighbors", "neighbours", "inmates",
            "worshippers", "shoppers", "partygoers", "servicepeople", "paramedics", "volunteers", "guests",
            "fans", "protesters", "demonstrators", "combatants", "attackers", "assailants", "miners", "staff",
            "crew", "villagers", "dead", "wounded", "injured", "hunters", "witnesses", "teachers", "classmates",
            "companions", "grandchildren", "nurses", "coworkers", "co-workers", "roommates");
    private static final Set<String> PERSON_SINGULAR = Set.of(
            "person", "civilian", "man", "woman", "child", "kid", "teen", "teenager", "boy", "girl", "resident",
            "soldier", "serviceman", "officer", "policeman", "firefighter", "rescuer", "worker", "student", "adult",
            "minor", "infant", "baby", "member", "passenger", "bystander", "individual", "pedestrian", "journalist",
            "medic", "doctor", "guard", "fighter", "victim", "driver", "motorist", "toddler", "youth", "juvenile",
            "suspect", "gunman", "shooter", "deputy", "trooper", "father", "mother", "son", "daughter", "husband",
            "wife", "brother", "sister", "grandmother", "grandfather", "friend", "neighbor", "neighbour", "patient",
            "employee", "clerk", "customer", "cyclist", "homeowner", "relative", "girlfriend", "boyfriend", "male",
            "female", "cousin", "uncle", "aunt", "nephew", "niece", "inmate", "student-athlete", "passerby",
            "security", "paramedic", "volunteer", "guest", "protester", "mom", "dad", "grandson", "granddaughter",
            "stepfather", "fiance", "fiancee", "roommate", "owner", "landlord", "tenant", "shopper", "witness",
            "manager", "hunter", "cashier", "teacher", "nurse", "bouncer", "stepson", "stepdaughter", "grandchild",
            "classmate", "coworker", "co-worker", "companion", "acquaintance", "bartender", "pastor");
    private static final Set<String> STRONG_PRISONER = Set.of(
            "prisoners", "pows", "captives", "detainees", "hostages", "defenders", "servicemen", "personnel");
    private static final Set<String> MISSILE_HEADS = Set.of(
            "missile", "missiles", "rocket", "rockets", "iskander", "iskanders", "iskander-m", "iskander-ms",
            "iskander-k", "kinzhal", "kinzhals", "kalibr", "kalibrs", "zircon", "zircons", "tochka-u");
    private static final Set<String> DRONE_HEADS = Set.of(
            "drone", "drones", "uav", "uavs", "shahed", "shaheds", "geran", "gerans", "geran-2", "geran-2s",
            "lancet", "lancets", "shahed-136", "shahed-136s", "shahed-type", "decoys");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern AGE_NOUN = Pattern.compile("[\\p{L}\\p{N}-]+-(?:year|month|week|day)s?-old");
    private static final Pattern AGE_NOUNS = Pattern.compile("[\\p{L}\\p{N}-]+-(?:year|month|week|day)s?-olds");
    private static final Set<String> GENERIC_SINGULAR_WEAPONS = Set.of("missile", "rocket", "drone", "uav");
    private static final Pattern MISSILE_NAME = Pattern.compile("(?:kh|x|s|p)-\\d+[a-z]*s?");
    private static final Set<String> KILLED_NOUNS = Set.of("death", "deaths", "fatality", "fatalities");
    private static final Set<String> INJURED_NOUNS = Set.of("injury", "injuries");

    private static final Set<String> AUX = Set.of(
            "was", "were", "is", "are", "has", "have", "had", "been", "be", "being", "reportedly", "also", "later",
            "allegedly", "all", "both", "subsequently", "now", "who", "that", "which", "each", "initially",
            "then", "eventually", "apparently", "believed", "to", "confirmed", "officially", "reported", "said",
            "say", "says", "feared", "presumed", "thought", "got", "get", "left", "remain", "remained",
            "still", "immediately", "instantly", "tragically", "sadly", "either", "ultimately", "found", "remains", "listed", "other", "more");
    private static final Set<String> SEVERITY = Set.of(
            "critically", "seriously", "severely", "badly", "slightly", "gravely", "lightly", "moderately",
            "minorly", "mortally", "non-fatally", "nonfatally", "superficially");
    private static final Set<String> KILLED_PRED = Set.of(
            "killed", "dead", "died", "die", "dies", "slain", "murdered", "perished", "executed", "fatally",
            "deceased", "dying");
    private static final Set<String> INJURED_PRED = Set.of(
            "injured", "wounded", "hurt", "hospitalized", "hospitalised", "injuring", "wounding", "grazed");
    private static final Set<String> KILLED_ACTIVE = Set.of(
            "killed", "killing", "kills", "kill", "murdered", "murdering", "slaying", "slew");
    private static final Set<String> INJURED_ACTIVE = Set.of(
            "injured", "injuring", "injures", "wounded", "wounding", "wounds", "hurt", "hurting", "injure", "wound",
            "grazed", "grazing");
    private static final Set<String> SHOT_ACTIVE = Set.of(
            "shot", "shooting", "shoots", "shoot", "striking", "struck", "hitting");
    private static final Set<String> INTERCEPT_VERBS = Set.of(
            "intercepted", "intercepting", "intercept", "intercepts", "downed", "downing", "destroyed",
            "destroying", "destroy", "neutralised", "neutralized", "neutralising", "neutralizing", "neutralise",
            "neutralize", "repelled", "repelling", "eliminated", "suppressed", "jammed", "stopped", "foiled");
    private static final Set<String> DOWN_VERBS = Set.of(
            "shot", "shooting", "shoot", "shoots", "brought", "bringing", "took", "taken", "taking", "knocked");
    private static final Set<String> LAUNCH_VERBS = Set.of(
            "launched", "launching", "launch", "launches", "fired", "firing", "fire", "fires", "sent", "sending",
            "used", "using", "deployed", "deploying", "involving", "involved", "unleashed", "unleashing",
            "attacked", "attacking", "struck", "hit", "targeted", "targeting", "included", "including");
    private static final Set<String> FUNCTION_AFTER_BARE = Set.of(
            "and", "or", "in", "on", "at", "during", "when", "while", "after", "before", "including", "across",
            "near", "inside", "outside", "overnight", "yesterday", "today", "people", "with", "as", "but");
    private static final Set<String> NP_BREAK = Set.of(
            "and", "or", "of", "in", "on", "at", "by", "for", "from", "to", "with", "was", "were", "is", "are",
            "has", "have", "had", "been", "who", "that", "which", "the", "a", "an", "as", "than", "but", "while",
            "after", "before", "during", "since", "this", "these", "those", "its", "their", "his", "her", "into",
            "out", "over", "under", "per", "each", "said", "says", "say", "killed", "injured", "wounded", "dead",
            "died", "shot", "hurt", "slain", "hospitalized", "when", "where", "launched", "fired", "intercepted", "downed", "destroyed", "more", "less", "among",
            "year", "years", "days", "day", "hours", "minutes", "weeks", "months", "times", "percent", "per cent");
    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");
    private static final Set<String> PARENTHETICAL = Set.of(
            "including", "among", "most", "many", "all", "some", "aged", "ages", "mostly", "both", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "according", "police", "officials",
            "authorities", "he", "she", "they", "the", "a", "an", "whose", "identified", "ranging", "ranged",
            "between", "from", "men", "women", "several", "none", "each", "only", "plus");
    private static final Set<String> SINGULAR_DET = Set.of("a", "an", "the", "another", "his", "her");
    private static final CuedPattern EXCHANGE_CONTEXT = CuedPattern.of(Pattern.compile(
            "\\b(?:exchang\\w*|swap\\w*|repatriat\\w*|returned|returning|return(?:s)? home|brought (?:back )?home"
                    + "|came home|freed|released|handed over|prisoner|pows?)\\b",
            Pattern.CASE_INSENSITIVE));
    private static final Set<String> EXCHANGE_WORDS = Set.of(
            "exchange", "exchanged", "exchanges", "exchanging", "swap", "swapped", "swaps", "swapping",
            "repatriated", "repatriation", "captivity");
    private static final Set<String> TOLL_START = Set.of("toll", "number");
    private static final Set<String> TOLL_FILLER = Set.of(
            "rose", "rises", "risen", "climbed", "climbs", "jumped", "increased", "increases", "reached",
            "reaches", "stands", "stood", "is", "was", "has", "had", "now", "at", "to", "of", "hit", "grew",
            "grown", "soared", "remains", "remained", "further", "officially", "been", "be", "will",
            "could", "may", "more", "than", "raised", "climbing", "rising", "went", "up");

    private enum Head { PERSON, SINGULAR_PERSON, MISSILE, DRONE, NONE }

    private enum Role { KILLED, INJURED, SHOT, AMONG_KILLED, AMONG_INJURED }

    private record Tok(String text, String lower, int start, int end) {}

    /** A counted noun phrase: qualifier/number span, value, head class, optional total ("of seven"). */
    private record Np(int first, int numberIndex, int last, long value, String qualifier, Head head,
                      String headWord, long total, int totalIndex, boolean partitive) {}

    public FigureExtractor() {
    }

    /** Figures stated in text[from, to) (normally one sentence); offsets in the result are absolute into text. */
    public List<Figure> extract(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        List<Tok> toks = tokenize(text, from, to);
        List<String> words = new ArrayList<>(toks.size());
        for (Tok t : toks) {
            words.add(t.lower());
        }
        List<Figure> out = new ArrayList<>();
        List<Np> nps = findNounPhrases(toks, words);
        boolean exchangeContext = EXCHANGE_CONTEXT.find(text.substring(from, to));
        List<Figure> shotTotals = new ArrayList<>();
        for (Np np : nps) {
            switch (np.head()) {
                case MISSILE, DRONE -> weaponFigures(np, toks, words, out, nps);
                case PERSON, SINGULAR_PERSON, NONE -> {
                    if (personFigure(np, toks, words, text, out, shotTotals)) {
                        continue;
                    }
                    if (np.head() == Head.NONE && bareWeaponFigure(np, toks, words, text, out)) {
                        continue;
                    }
                    if (np.head() == Head.PERSON && exchangeContext) {
                        exchangeFigure(np, toks, words, text, out);
                    }
                }
            }
        }
        tollFigures(toks, words, text, out, nps);
        multiplierFigures(toks, words, out, shotTotals);
        resolveShot(text, out, shotTotals);
        out.sort(Comparator.comparingInt(Figure::start).thenComparing(f -> f.kind().ordinal()));
        distributeQualifiers(text, out);
        List<Figure> result = new ArrayList<>();
        for (Figure f : dedupe(out)) {
            result.add(new Figure(f.kind(), f.value(), f.qualifier(), f.start(), f.end(),
                    text.substring(f.start(), f.end())));
        }
        return List.copyOf(result);
    }

    /**
     * "killing at least one person and injuring three others": a qualifier on the first of two coordinated
     * casualty figures scopes over the second.
     */
    private static void distributeQualifiers(String text, List<Figure> figures) {
        for (int n = 1; n < figures.size(); n++) {
            Figure a = figures.get(n - 1);
            Figure b = figures.get(n);
            if (isCasualty(a) && isCasualty(b) && a.kind() != b.kind() && !a.qualifier().equals(NumberWords.EXACT)
                    && b.qualifier().equals(NumberWords.EXACT) && a.end() <= b.start()
                    && COORDINATION_GAP.matcher(text.substring(a.end(), b.start())).matches()) {
                figures.set(n, new Figure(b.kind(), b.value(), a.qualifier(), b.start(), b.end(), b.text()));
            }
        }
    }

    private static final Pattern COORDINATION_GAP = Pattern.compile("\\s*,?\\s*and\\s*");

    private static boolean isCasualty(Figure f) {
        return f.kind() == FigureKind.KILLED || f.kind() == FigureKind.INJURED;
    }

    private static List<Tok> tokenize(String text, int from, int to) {
        List<Tok> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        m.region(from, to);
        while (m.find()) {
            String t = m.group().replace('’', '\'').replace('–', '-');
            toks.add(new Tok(t, t.toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return toks;
    }

    // ---------------------------------------------------------------- noun phrases

    private static List<Np> findNounPhrases(List<Tok> toks, List<String> words) {
        List<Np> nps = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Np np = readNp(toks, words, i);
            if (np != null) {
                // "he and three others", "a man and two others": the others plus the one already named
                if (np.headWord().equals("others") && np.first() >= 2 && words.get(np.first() - 1).equals("and")) {
                    Np prev = nps.isEmpty() ? null : nps.get(nps.size() - 1);
                    if (prev != null && prev.last() == np.first() - 2 && prev.head() == Head.SINGULAR_PERSON) {
                        nps.remove(nps.size() - 1);
                        np = new Np(prev.first(), np.numberIndex(), np.last(), np.value() + 1, np.qualifier(),
                                Head.PERSON, "people", -1, -1, false);
                    } else if (Set.of("he", "she", "him", "her").contains(words.get(np.first() - 2))) {
                        np = new Np(np.first() - 2, np.numberIndex(), np.last(), np.value() + 1, np.qualifier(),
                                Head.PERSON, "people", -1, -1, false);
                    }
                }
                // headline lists without determiners: "Baby, 20-year-old man killed", "Tot, Man Dead"
                if (np.head() == Head.SINGULAR_PERSON && !nps.isEmpty() && np.first() >= 2
                        && words.get(np.first() - 1).equals(",") && !SINGULAR_DET.contains(words.get(np.first()))) {
                    Np prev = nps.get(nps.size() - 1);
                    PredMatch after = predicateAfter(words, np.last() + 1);
                    if (prev.last() == np.first() - 2 && prev.head() == Head.SINGULAR_PERSON
                            && !SINGULAR_DET.contains(words.get(prev.first())) && after != null
                            && !words.get(np.last() + 1).equals(",")) {
                        nps.remove(nps.size() - 1);
                        np = new Np(prev.first(), -1, np.last(), 2, NumberWords.EXACT, Head.PERSON, "people", -1, -1,
                                false);
                    }
                }
                // headline lists with a count: "Father, two daughters shot to death", "3 Men, 1 Woman Injured"
                if ((np.head() == Head.PERSON || isPeople(np)) && np.numberIndex() >= 0 && !np.partitive()
                        && !nps.isEmpty()
                        && np.first() >= 2 && words.get(np.first() - 1).equals(",")) {
                    Np prev = nps.get(nps.size() - 1);
                    boolean counted = numeral(words, prev) && numeral(words, np) && isPeople(prev)
                            && !prev.partitive();
                    if (prev.last() == np.first() - 2 && (prev.head() == Head.SINGULAR_PERSON || counted)
                            && (np.head() == Head.PERSON || counted)
                            && !SINGULAR_DET.contains(words.get(prev.first())) && !prev.headWord().equals("name")
                            && predicateAfter(words, np.last() + 1) != null) {
                        nps.remove(nps.size() - 1);
                        np = new Np(prev.first(), np.numberIndex(), np.last(),
                                np.value() + (counted ? prev.value() : 1), np.qualifier(), Head.PERSON, "people", -1,
                                -1, false);
                    }
                }
                // "a man and a woman were killed", "four men and two women": coordinated people count together
                if (isPeople(np) && np.first() >= 2 && words.get(np.first() - 1).equals("and") && !nps.isEmpty()) {
                    Np prev = nps.get(nps.size() - 1);
                    int gap = np.first() - 2;
                    if (gap >= 0 && words.get(gap).equals(",")) {
                        gap--;
                    }
                    // "the boy's mother, grandmother and a family friend": bare person nouns listed in between
                    int listed = 0;
                    while (gap >= 2 && PERSON_SINGULAR.contains(words.get(gap)) && words.get(gap - 1).equals(",")) {
                        listed++;
                        gap -= 2;
                    }
                    // ("six were killed, including the gunman, and four were injured": the included one is apart)
                    boolean included = prev.first() > 0 && INCLUSION.contains(words.get(prev.first() - 1));
                    if (prev.last() == gap && isPeople(prev) && !included) {
                        nps.remove(nps.size() - 1);
                        String qualifier = prev.qualifier().equals(NumberWords.EXACT) ? np.qualifier() : prev.qualifier();
                        np = new Np(prev.first(), prev.numberIndex() >= 0 ? prev.numberIndex() : np.numberIndex(),
                                np.last(), prev.value() + listed + np.value(), qualifier, Head.PERSON, "people", -1, -1,
                                false);
                    }
                }
                if (np.headWord().equals("name")) {
                    np = nameList(toks, words, np, nps);
                }
                if (np.head() == Head.SINGULAR_PERSON && np.last() + 2 < words.size()
                        && words.get(np.last() + 1).equals("and")
                        && PERSON_SINGULAR.contains(words.get(np.last() + 2))) {
                    np = new Np(np.first(), np.numberIndex(), np.last() + 2, np.value() + 1, np.qualifier(),
                            Head.PERSON, "people", -1, -1, false);
                }
                nps.add(np);
                i = np.last() + 1;
            } else {
                i++;
            }
        }
        return nps;
    }

    /**
     * "Ralph Robinson, Shekirrah Thomas, Demereay Doe, and Bryant Turner all suffered injuries": a named casualty
     * that ends a list of full names joined by commas and "and" stands for everyone in the list (ages in apposition
     * allowed). Only names of two or more words count, so place lists ("Kyiv, Kharkiv and Odesa") are not people.
     */
    private static Np nameList(List<Tok> toks, List<String> words, Np np, List<Np> nps) {
        int b = np.first() - 1;
        if (b < 1 || !words.get(b).equals("and")) {
            return np;
        }
        b--;
        int count = 1;
        int start = np.first();
        while (b >= 1) {
            if (words.get(b).equals(",") || words.get(b).equals(";")) {
                b--;
            }
            // ", 30," age in apposition after a name
            if (b >= 2 && Character.isDigit(words.get(b).charAt(0)) && words.get(b - 1).equals(",")) {
                b -= 2;
            }
            int e = b;
            while (b >= 0 && e - b < 3 && isNameWord(toks.get(b).text()) && !NOT_NAME.contains(words.get(b))
                    && headClass(words.get(b)) == Head.NONE && !WEEKDAYS.contains(words.get(b))
                    && !MONTHS.contains(words.get(b))) {
                b--;
            }
            if (e - b < 2 || b >= 0 && isNameWord(toks.get(b).text())) {
                break;
            }
            count++;
            start = b + 1;
            if (b < 0 || !(words.get(b).equals(",") || words.get(b).equals(";"))) {
                break;
            }
        }
        if (count == 1) {
            return np;
        }
        final int from = start;
        nps.removeIf(o -> o.last() >= from && o.first() < np.first());
        return new Np(start, -1, np.last(), count, NumberWords.EXACT, Head.PERSON, "people", -1, -1, false);
    }

    private static final Set<String> NOT_NAME = Set.of(
            "the", "a", "an", "police", "officers", "officials", "authorities", "he", "she", "they", "it", "this",
            "that", "in", "on", "at", "after", "when", "while", "according", "but", "and", "two", "one", "three",
            "sheriff", "county", "city", "state", "department", "news", "new", "north", "south", "east", "west",
            "fire", "update", "updated", "breaking", "video", "photos", "watch", "mayor", "governor", "president",
            "ukraine", "russia", "russian", "ukrainian", "israel", "gaza", "street", "avenue", "road");

    /**
     * Index of the last word of a personal name starting at {@code j} ("Gerald Levi", "Xzavier 'Zae' Robinson")
     * when it is the subject of a casualty predicate or the object of a casualty verb, else -1.
     */
    private static int personName(List<Tok> toks, List<String> words, int j) {
        int n = j;
        while (n < toks.size() && n < j + 3 && isNameWord(toks.get(n).text()) && !NOT_NAME.contains(words.get(n))
                && !MONTHS.contains(words.get(n)) && headClass(words.get(n)) == Head.NONE) {
            n++;
        }
        if (n - j < 1 || n < toks.size() && isNameWord(toks.get(n).text())) {
            return -1;
        }
        // a single capitalized word is a surname only as the singular subject of a passive casualty predicate
        if (n - j == 1) {
            if (n < words.size() && (words.get(n).equals("died") || words.get(n).equals("dies"))) {
                return j;
            }
            // "mortally wounding Troyer", "killing Thompkins": a surname as the object of an active casualty verb
            // (not in title case, where "Shooting Leads to ..." capitalizes every word)
            // ("hurt Russia's economy": a possessive modifies the real object)
            if (j > 0 && !WEEKDAYS.contains(words.get(j)) && !words.get(j).endsWith("'s")
                    && Character.isLowerCase(toks.get(j - 1).text().charAt(0))
                    && (KILLED_ACTIVE.contains(words.get(j - 1))
                    || INJURED_ACTIVE.contains(words.get(j - 1)) || SURNAME_SHOT_VERBS.contains(words.get(j - 1)))
                    && !(j > 1 && BE_HAVE.contains(words.get(j - 2)))) {
                return j;
            }
            if (!(n < words.size() && words.get(n).equals("was")) && !(n + 1 < words.size()
                    && (words.get(n).equals("has") || words.get(n).equals("had")) && words.get(n + 1).equals("been"))) {
                return -1;
            }
            PredMatch p = predicateAfter(words, n);
            return p != null && (p.role() == Role.KILLED || p.role() == Role.INJURED || p.role() == Role.SHOT) ? j : -1;
        }
        int last = n - 1;
        // "Medical Center Brackenridge with a gunshot wound": a capitalized place can be followed by "with" too
        if (last + 1 < words.size() && words.get(last + 1).equals("with")) {
            return -1;
        }
        boolean object = j > 0 && (KILLED_ACTIVE.contains(words.get(j - 1)) || SHOT_ACTIVE.contains(words.get(j - 1))
                || INJURED_ACTIVE.contains(words.get(j - 1)) || words.get(j - 1).equals("of") && j > 1
                && (DEATH_NOUNS.contains(words.get(j - 2)) || words.get(j - 2).equals("life")
                || words.get(j - 2).equals("wounding") || words.get(j - 2).equals("shooting")
                || words.get(j - 2).equals("lives")))
                // the second of two coordinated names: "killed Veondus Dennis and Antwan Wheeler"
                || j > 1 && words.get(j - 1).equals("and") && isNameWord(toks.get(j - 2).text());
        if (object) {
            return last;
        }
        // a person's name takes a singular verb: "the Black Sea have died" is not a person
        if (last + 1 < words.size() && Set.of("have", "are", "were").contains(words.get(last + 1))) {
            return -1;
        }
        PredMatch p = predicateAfter(words, last + 1);
        return p != null && p.role() != Role.AMONG_INJURED && p.role() != Role.AMONG_KILLED ? last : -1;
    }

    private static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight");
    // "struck"/"hit" take places as objects too ("missiles struck Kharkiv"), so only "shot" names a person hit
    private static final Set<String> SURNAME_SHOT_VERBS = Set.of("shot", "shooting", "shoots");

    private static boolean isNameWord(String t) {
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        for (int c = 1; c < t.length(); c++) {
            char ch = t.charAt(c);
            if (!Character.isLowerCase(ch) && ch != '\'' && ch != '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether a noun phrase is counted by a numeral ("3 men", "two women"), not an article or an age. */
    private static boolean numeral(List<String> words, Np np) {
        if (np.numberIndex() < 0) {
            return false;
        }
        String w = words.get(np.numberIndex());
        return !Set.of("a", "an", "another", "the").contains(w) && !AGE_NOUN.matcher(w).matches()
                && NumberWords.read(words, np.numberIndex()) != null;
    }

    private static boolean isPeople(Np np) {
        return (np.head() == Head.SINGULAR_PERSON || np.head() == Head.PERSON) && !np.partitive()
                && !Set.of("dead", "wounded", "injured", "others").contains(np.headWord());
    }

    private static Np readNp(List<Tok> toks, List<String> words, int i) {
        NumberWords.Qualifier q = NumberWords.readQualifier(words, i);
        int j = q == null ? i : i + q.words();
        String qualifier = q == null ? NumberWords.EXACT : q.qualifier();
        if (j >= words.size()) {
            return null;
        }
        NumberWords.Reading r = NumberWords.read(words, j);
        if (r == null || (words.get(j).equals("a") && r.words() == 1)) {
            // Singular person: "a man", "the 25-year-old victim", "another woman".
            String w = words.get(j);
            // "another person injured": "another" reads as a qualifier ("another 12"), here it is a determiner
            if (words.get(i).equals("another") && j == i + 1) {
                int h = findHead(words, j, 6);
                if (h >= 0 && PERSON_SINGULAR.contains(singularKey(words.get(h)))) {
                    return new Np(i, i, nameEnd(toks, words, h), 1, NumberWords.EXACT, Head.SINGULAR_PERSON,
                            words.get(h), -1, -1, false);
                }
            }
            // "killing one and severely wounding the other": the other one of two people
            if (q == null && w.equals("the") && j + 1 < words.size() && words.get(j + 1).equals("other")
                    && (j + 2 >= words.size() || !Character.isLetterOrDigit(words.get(j + 2).charAt(0))
                    || FUNCTION_AFTER_BARE.contains(words.get(j + 2)))
                    && j > 0 && (KILLED_ACTIVE.contains(words.get(j - 1)) || INJURED_ACTIVE.contains(words.get(j - 1))
                    || SURNAME_SHOT_VERBS.contains(words.get(j - 1)))) {
                return new Np(i, j, j + 1, 1, NumberWords.EXACT, Head.SINGULAR_PERSON, "other", -1, -1, false);
            }
            if (q == null && SINGULAR_DET.contains(w)) {
                int h = findHead(words, j + 1, 6);
                if (h >= 0 && PERSON_SINGULAR.contains(singularKey(words.get(h)))) {
                    return new Np(i, j, nameEnd(toks, words, h), 1, NumberWords.EXACT, Head.SINGULAR_PERSON,
                            words.get(h), -1, -1, false);
                }
            }
            // headline style without determiner: "17-year-old student dies", "Man, 21, killed in shooting"
            // "one dead and another wounded", "another was in critical condition"
            // "three were killed and a fourth was wounded": an ordinal stands for one more person
            if (q == null && (w.equals("a") || w.equals("the")) && j + 1 < words.size()
                    && ORDINAL_PEOPLE.contains(words.get(j + 1)) && predicateAfter(words, j + 2) != null) {
                return new Np(i, j, j + 1, 1, NumberWords.EXACT, Head.SINGULAR_PERSON, words.get(j + 1), -1, -1,
                        false);
            }
            // "Both were wounded": two people
            if (q == null && w.equals("both") && predicateAfter(words, j + 1) != null) {
                return new Np(i, j, j, 2, NumberWords.EXACT, Head.PERSON, "both", -1, -1, false);
            }
            if (words.get(i).equals("another") && predicateAfter(words, i + 1) != null) {
                return new Np(i, i, i, 1, NumberWords.EXACT, Head.SINGULAR_PERSON, "another", -1, -1, false);
            }
            // "killing three men and wounding another": a bare "another" ending the object of a casualty verb is
            // one more person
            if (words.get(i).equals("another") && i > 0 && (KILLED_ACTIVE.contains(words.get(i - 1))
                    || INJURED_ACTIVE.contains(words.get(i - 1)) || SHOT_ACTIVE.contains(words.get(i - 1)))
                    && (i + 1 >= words.size() || !Character.isLetterOrDigit(words.get(i + 1).charAt(0))
                    || FUNCTION_AFTER_BARE.contains(words.get(i + 1)))) {
                return new Np(i, i, i, 1, NumberWords.EXACT, Head.SINGULAR_PERSON, "another", -1, -1, false);
            }
            boolean clauseStart = j == 0 || !Character.isLetterOrDigit(words.get(j - 1).charAt(0));
            // ... or as the object of a casualty verb: "killing 15-year-old Terrance Maxwell", "slain student"
            boolean afterVerb = j > 0 && (KILLED_ACTIVE.contains(words.get(j - 1))
                    || INJURED_ACTIVE.contains(words.get(j - 1)) || SHOT_ACTIVE.contains(words.get(j - 1))
                    || words.get(j - 1).equals("slain") || words.get(j - 1).equals("of") && j > 1
                    && (DEATH_NOUNS.contains(words.get(j - 2)) || words.get(j - 2).equals("shooting")));
            boolean afterColon = j > 0 && (words.get(j - 1).equals(":") || words.get(j - 1).equals("-")
                    || words.get(j - 1).equals("—"));
            if (q == null && ((clauseStart && Character.isUpperCase(toks.get(j).text().charAt(0)) || afterColon)
                    || isAgeNoun(w)
                    || afterVerb && Character.isUpperCase(toks.get(j).text().charAt(0)))) {
                int h = findHead(words, j, 6);
                if (h >= 0 && PERSON_SINGULAR.contains(singularKey(words.get(h)))) {
                    return new Np(i, j, nameEnd(toks, words, h), 1, NumberWords.EXACT, Head.SINGULAR_PERSON,
                            words.get(h), -1, -1, false);
                }
            }
            // "he died", "she was shot": a pronoun subject of a casualty predicate is one person
            if (q == null && (w.equals("he") || w.equals("she")) && j + 1 < words.size()
                    && Set.of("was", "is", "has", "had", "died", "dies").contains(words.get(j + 1))) {
                PredMatch p = predicateAfter(words, j + 1);
                if (p != null && (p.role() == Role.KILLED || p.role() == Role.INJURED || p.role() == Role.SHOT)) {
                    return new Np(i, j, j, 1, NumberWords.EXACT, Head.SINGULAR_PERSON, w, -1, -1, false);
                }
            }
            if (q == null) {
                int nameEnd = personName(toks, words, j);
                if (nameEnd > 0) {
                    return new Np(i, j, nameEnd, 1, NumberWords.EXACT, Head.SINGULAR_PERSON, "name", -1, -1, false);
                }
            }
            return null;
        }
        if (q != null && q.qualifier().equals(NumberWords.EXACT) && !words.get(i).equals("a")) {
            qualifier = NumberWords.EXACT;
        }
        if (r.vague() && q == null) {
            qualifier = NumberWords.AT_LEAST;
        }
        int k = j + r.words();
        if (!isCount(toks, words, j, k)) {
            return null;
        }
        long total = -1;
        int totalIndex = -1;
        boolean partitive = false;
        // "six out of seven", "40 of 55", "two of the three", "one of them", "two of the victims"
        int p = k;
        if (p < words.size() && words.get(p).equals("out") && p + 1 < words.size() && words.get(p + 1).equals("of")) {
            p += 2;
        } else if (p < words.size() && words.get(p).equals("of")) {
            p += 1;
        } else {
            p = -1;
        }
        if (p > 0) {
            int pp = p < words.size() && Set.of("the", "its", "their", "those", "these").contains(words.get(p)) ? p + 1 : p;
            NumberWords.Reading tr = NumberWords.read(words, pp);
            if (tr != null && !tr.vague() && isCount(toks, words, pp, pp + tr.words())) {
                total = tr.value();
                totalIndex = pp;
                k = pp + tr.words();
            } else if (pp < words.size() && Set.of("them", "whom", "those", "which", "these").contains(words.get(pp))) {
                return new Np(i, j, pp, r.value(), qualifier, Head.NONE, words.get(pp), -1, -1, true);
            } else {
                int h = findHead(words, pp, 4);
                if (h >= 0) {
                    Head head = headClass(words.get(h));
                    if (head == Head.SINGULAR_PERSON) {
                        head = Head.PERSON;
                    }
                    boolean part = pp > p || !r.vague();
                    return new Np(i, j, h, r.value(), qualifier, head, words.get(h), -1, -1, part);
                }
                return new Np(i, j, k - 1, r.value(), qualifier, Head.NONE, "", -1, -1, false);
            }
        }
        int h = findHead(words, k, 5);
        // "six Himars missile systems", "nine rocket strikes": a singular weapon noun after a plural count modifies
        if (h >= 0 && r.value() > 1 && GENERIC_SINGULAR_WEAPONS.contains(words.get(h))) {
            return null;
        }
        if (h >= 0) {
            Head head = headClass(words.get(h));
            if (head == Head.SINGULAR_PERSON) {
                head = Head.PERSON;
            }
            // "prisoners of war", "unmanned aerial vehicles"
            int last = h;
            if (words.get(h).equals("prisoners") && h + 2 < words.size() && words.get(h + 1).equals("of")
                    && words.get(h + 2).equals("war")) {
                last = h + 2;
            }
            return new Np(i, j, last, r.value(), qualifier, head, words.get(h), total, totalIndex, false);
        }
        if (k < words.size() && (KILLED_NOUNS.contains(words.get(k)) || INJURED_NOUNS.contains(words.get(k)))) {
            return new Np(i, j, k, r.value(), qualifier, Head.NONE, words.get(k), total, totalIndex, false);
        }
        return new Np(i, j, k - 1, r.value(), qualifier, Head.NONE, "", total, totalIndex, false);
    }

    /** "16-year-old Kristian Piazza of Buffalo": a name after an age-noun belongs to the phrase. */
    private static int nameEnd(List<Tok> toks, List<String> words, int h) {
        if (!isAgeNoun(words.get(h))) {
            return h;
        }
        int last = h;
        int n = h + 1;
        while (n < toks.size() && n <= last + 4 && Character.isUpperCase(toks.get(n).text().charAt(0))
                && Character.isLetter(toks.get(n).text().charAt(0))) {
            last = n;
            n++;
        }
        if (last > h && n + 1 < toks.size() && words.get(n).equals("of")
                && Character.isUpperCase(toks.get(n + 1).text().charAt(0))) {
            last = n + 1;
            while (last + 1 < toks.size() && Character.isUpperCase(toks.get(last + 1).text().charAt(0))
                    && Character.isLetter(toks.get(last + 1).text().charAt(0))) {
                last++;
            }
        }
        return last;
    }

    /** Words before a number that make it a label, an age or money, not a count. */
    private static final Set<String> NOT_COUNT_BEFORE = Set.of("$", "€", "£", "#", "no", "no.", "number", "route", "highway", "interstate", "page", "block",
                "channel", "age", "aged", "ages", "under", "zone", "district", "ward", "precinct", "station", "engine",
                "ladder", "unit", "squad", "beat", "flight", "room", "apartment", "suite", "gate", "terminal", "exit",
                "pier", "lot", "grade", "level", "phase", "article", "section", "chapter", "episode", "season");
    /** Words after a number that make it a measure, a time or a rate, not a count. */
    private static final Set<String> NOT_COUNT_AFTER = Set.of("%", "percent", "per", "a.m", "p.m", "am", "pm", ":", "o'clock", "year-old", "years", "year",
                "-", "/", "yr", "yrs", "yo", "mph", "km", "miles", "kilometres", "kilometers", "metres", "meters", "feet", "yards",
                "times", "rounds", "shots", "bullets", "hours", "minutes", "days", "weeks", "months", "month", "week", "day",
                "dollars-worth", "billion-dollar", "hryvnias", "euros", "tonnes", "tons", "kg", "metres-long",
                "dollars", "million-dollar");

    /** Rejects numbers that are money, percentages, times, ratios ("1,000 for 1,000") or ordinals-like labels. */
    private static boolean isCount(List<Tok> toks, List<String> words, int j, int k) {
        String before = j > 0 ? words.get(j - 1) : "";
        String after = k < words.size() ? words.get(k) : "";
        if (NOT_COUNT_BEFORE.contains(before) || MONTHS.contains(before)
                || before.equals(":") && j >= 2 && Character.isDigit(words.get(j - 2).charAt(0))) {
            return false;
        }
        if (NOT_COUNT_AFTER.contains(after)) {
            return false;
        }
        // age in apposition: "Boy, 10, critically wounded", "Jaden Rahm, 16, was driving"
        if (before.equals(",") && (after.equals(",") || k == words.size()) && j >= 2
                && (Character.isUpperCase(toks.get(j - 2).text().charAt(0)) || headClass(words.get(j - 2)) != Head.NONE)) {
            return false;
        }
        if (after.equals("for") && k + 1 < words.size() && NumberWords.read(words, k + 1) != null) {
            return false;
        }
        if (before.equals("for") && j >= 2 && NumberWords.read(words, j - 2) != null) {
            return false;
        }
        // "Dec. 15 death of", "the Jan. 29 shooting": a day after an abbreviated month
        if (before.equals(".") && j >= 2 && MONTHS.contains(words.get(j - 2))) {
            return false;
        }
        // "Dec. 25 has died", "15 death": a plural count takes neither a singular verb nor a singular noun
        if (k == j + 1 && Character.isDigit(words.get(j).charAt(0)) && !words.get(j).equals("1")
                && Set.of("has", "was", "is", "death", "fatality", "injury").contains(after)) {
            return false;
        }
        String w = words.get(j);
        // a 4-digit year: "in 2015"
        if (YEAR.matcher(w).matches() && k == j + 1) {
            return false;
        }
        return true;
    }

    /** Index of a person/weapon head within {@code max} words from {@code from} over modifiers, or -1. */
    private static int findHead(List<String> words, int from, int max) {
        for (int m = from; m < words.size() && m < from + max; m++) {
            String w = words.get(m);
            if (spacedAge(words, m)) {
                int n = m + 3;
                if (n < words.size() && (PERSON_SINGULAR.contains(words.get(n)) || PERSON_PLURAL.contains(words.get(n)))) {
                    return n;
                }
                return m + 2;
            }
            Head head = headClass(w);
            if (head != Head.NONE && (isAgeNoun(w) || isAgeNouns(w))) {
                // "a 17-year-old Maumee High School student": the noun after the age is the head
                for (int n = m + 1; n < words.size() && n <= m + 5; n++) {
                    String x = words.get(n);
                    if (headClass(x) == Head.PERSON || headClass(x) == Head.SINGULAR_PERSON) {
                        return n;
                    }
                    if (NP_BREAK.contains(x) || !Character.isLetterOrDigit(x.charAt(0))) {
                        break;
                    }
                }
                return m;
            }
            if ((head == Head.PERSON) && m + 2 < words.size() && words.get(m + 1).equals("and")
                    && headClass(words.get(m + 2)) == Head.PERSON
                    && !Set.of("dead", "wounded", "injured").contains(words.get(m + 2))) {
                // "men and women", "women and children"
                return m + 2;
            }
            if (head != Head.NONE) {
                // a name that modifies a following head ("Shahed drones", "Iskander-M missiles")
                if (m + 1 < words.size() && headClass(words.get(m + 1)) != Head.NONE && m + 1 < from + max + 1
                        && (head == Head.MISSILE || head == Head.DRONE || words.get(m + 1).equals("members")
                        || isAgeNoun(w) || isAgeNouns(w)
                        // "teen girl", "security guard": a person noun modifying another
                        || head == Head.SINGULAR_PERSON && PERSON_SINGULAR.contains(words.get(m + 1)))) {
                    continue;
                }
                if (w.equals("dead") || w.equals("wounded") || w.equals("injured")) {
                    // "an injured woman", "two wounded soldiers": a modifier when a person noun follows
                    if (m + 1 < words.size() && m + 1 < from + max
                            && (PERSON_SINGULAR.contains(words.get(m + 1)) || PERSON_PLURAL.contains(words.get(m + 1)))
                            && !Set.of("dead", "wounded", "injured").contains(words.get(m + 1))) {
                        continue;
                    }
                    if (m != from) {
                        return -1;
                    }
                }
                return m;
            }
            if (NP_BREAK.contains(w) || !Character.isLetterOrDigit(w.charAt(0))
                    || KILLED_NOUNS.contains(w) || INJURED_NOUNS.contains(w) || w.contains("dollar")
                    || w.contains("worth")) {
                return -1;
            }
            if (NumberWords.read(words, m) != null && !isAgeNoun(words.get(m))) {
                return -1;
            }
        }
        return -1;
    }

    /** "a 17 year old", "14 year old boy": an unhyphenated age noun of three words starting at {@code m}. */
    private static boolean spacedAge(List<String> words, int m) {
        return m + 2 < words.size() && NumberWords.read(words, m) != null
                && Set.of("year", "years", "month", "months").contains(words.get(m + 1)) && words.get(m + 2).equals("old");
    }

    // The regexes run only on words with the fixed ending or prefix every match has: headClass asks at every token.
    private static boolean isAgeNoun(String w) {
        return w.endsWith("-old") && AGE_NOUN.matcher(w).matches();
    }

    private static boolean isAgeNouns(String w) {
        return w.endsWith("-olds") && AGE_NOUNS.matcher(w).matches();
    }

    private static boolean isMissileName(String w) {
        return w.indexOf('-') > 0 && MISSILE_NAME.matcher(w).matches();
    }

    private static Head headClass(String w) {
        if (PERSON_PLURAL.contains(w) || isAgeNouns(w)) {
            return Head.PERSON;
        }
        if (PERSON_SINGULAR.contains(w) || isAgeNoun(w)) {
            return Head.SINGULAR_PERSON;
        }
        if (MISSILE_HEADS.contains(w) || isMissileName(w)) {
            return Head.MISSILE;
        }
        if (DRONE_HEADS.contains(w) || w.equals("vehicles") || w.equals("aircraft")) {
            return w.equals("vehicles") || w.equals("aircraft") ? Head.NONE : Head.DRONE;
        }
        return Head.NONE;
    }

    private static String singularKey(String w) {
        return isAgeNoun(w) || w.equals("old") ? "person" : w;
    }

    // ---------------------------------------------------------------- casualties

    private boolean personFigure(Np np, List<Tok> toks, List<String> words, String text, List<Figure> out,
                                 List<Figure> shotTotals) {
        if (negatedSubject(words, np.first())) {
            return true;
        }
        if (np.headWord().equals("deaths") || np.headWord().equals("death") || KILLED_NOUNS.contains(np.headWord())) {
            out.add(figure(FigureKind.KILLED, np, np.qualifier(), toks, text, np.first(), np.last()));
            return true;
        }
        if (INJURED_NOUNS.contains(np.headWord())) {
            out.add(figure(FigureKind.INJURED, np, np.qualifier(), toks, text, np.first(), np.last()));
            return true;
        }
        if (!np.partitive()
                && (np.headWord().equals("dead") || np.headWord().equals("wounded") || np.headWord().equals("injured"))) {
            FigureKind kind = np.headWord().equals("dead") ? FigureKind.KILLED : FigureKind.INJURED;
            out.add(figure(kind, np, np.qualifier(), toks, text, np.first(), np.last()));
            return true;
        }
        int verb = activeVerbBefore(words, np.first());
        if (verb >= 1 && words.get(verb - 1).equals("to")) {
            // "trying to kill two officers": an intention, not a casualty
            return true;
        }
        // "the teen who shot 4, including 2 agents, is killed": an object of a casualty verb is not its subject
        boolean object = verb >= 0 && (KILLED_ACTIVE.contains(words.get(verb)) || INJURED_ACTIVE.contains(words.get(verb))
                || SHOT_ACTIVE.contains(words.get(verb)));
        PredMatch after = object ? null : predicateAfter(words, np.last() + 1);
        // "150 with a gunshot wound" counts something else; only a person noun phrase is "with" a wound
        if (after != null && np.head() == Head.NONE && np.last() + 1 < words.size()
                && words.get(np.last() + 1).equals("with")) {
            return true;
        }
        // "ages 19, 20 and 24, were shot": a bare number before an apposition comma is a listed age, not a count
        if (after != null && np.last() + 1 < words.size() && words.get(np.last() + 1).equals(",")
                && (np.head() == Head.NONE
                // "11 people, including a child, were killed": the child is part of the subject, not a count
                || np.first() > 0 && INCLUSION.contains(words.get(np.first() - 1)))) {
            return true;
        }
        // "one of eight shot", "one of four teenagers who were struck by gunfire": a reduced or plural relative
        // clause after "N of M" tells what happened to all M, not to the N picked out of them
        if (after != null && np.total() > np.value() && np.head() != Head.MISSILE && np.head() != Head.DRONE
                && groupPredicate(words, np.last() + 1)) {
            np = new Np(np.first(), np.numberIndex(), np.last(), np.total(), NumberWords.EXACT, np.head(),
                    np.headWord(), -1, -1, false);
        }
        if (after != null) {
            boolean singular = np.head() == Head.SINGULAR_PERSON;
            switch (after.role()) {
                case AMONG_KILLED, AMONG_INJURED -> {
                    if (singular) {
                        return true;
                    }
                    FigureKind kind = after.role() == Role.AMONG_KILLED ? FigureKind.KILLED : FigureKind.INJURED;
                    out.add(figure(kind, np, NumberWords.AT_LEAST, toks, text, np.first(), after.end()));
                    return true;
                }
                case KILLED -> out.add(figure(FigureKind.KILLED, np, np.qualifier(), toks, text, np.first(), after.end()));
                case INJURED -> out.add(figure(FigureKind.INJURED, np, np.qualifier(), toks, text, np.first(), after.end()));
                case SHOT -> shotTotals.add(figure(FigureKind.INJURED, np, np.qualifier(), toks, text, np.first(), after.end()));
            }
            return true;
        }
        // "a shooting that sent four women and one man to the hospital": people hit, some may have died
        if ((np.head() == Head.PERSON || np.head() == Head.SINGULAR_PERSON) && np.first() > 0
                && SEND_VERBS.contains(words.get(np.first() - 1)) && np.last() + 2 < words.size()
                && words.get(np.last() + 1).equals("to")) {
            int h = np.last() + 2;
            while (h < words.size() && h < np.last() + 5 && !HOSPITAL_WORDS.contains(words.get(h))
                    && Set.of("the", "a", "local", "area", "nearby", "several", "two", "three").contains(words.get(h))) {
                h++;
            }
            if (h < words.size() && HOSPITAL_WORDS.contains(words.get(h))) {
                shotTotals.add(figure(FigureKind.INJURED, np, np.qualifier(), toks, text, np.first() - 1, h));
                return true;
            }
        }
        int before = activeVerbBefore(words, np.first());
        if (before >= 0 && (np.head() == Head.PERSON || np.head() == Head.SINGULAR_PERSON
                || bareObjectEnds(words, np.last() + 1))) {
            String v = words.get(before);
            int first = activeVerbStart(words, before);
            if (KILLED_ACTIVE.contains(v) || v.equals("lives") || v.equals("life") || DEATH_NOUNS.contains(v)
                    || v.equals("slain")
                    || v.equals("shooting") && before > 0 && (words.get(before - 1).equals("fatal")
                    || words.get(before - 1).equals("deadly"))) {
                out.add(figure(FigureKind.KILLED, np, np.qualifier(), toks, text, first, np.last()));
                return true;
            }
            // "mortally wounding Troyer": the wound killed
            boolean mortal = before > 0 && (words.get(before - 1).equals("fatally")
                    || words.get(before - 1).equals("mortally"));
            if (INJURED_ACTIVE.contains(v)) {
                out.add(figure(mortal ? FigureKind.KILLED : FigureKind.INJURED, np, np.qualifier(), toks, text,
                        mortal ? before - 1 : first, np.last()));
                return true;
            }
            boolean fatal = before > 0 && (words.get(before - 1).equals("fatally")
                    || words.get(before - 1).equals("mortally"))
                    || np.last() + 2 < words.size() && words.get(np.last() + 1).equals("to")
                    && words.get(np.last() + 2).equals("death")
                    || np.last() + 1 < words.size() && words.get(np.last() + 1).equals("dead");
            if (fatal) {
                out.add(figure(FigureKind.KILLED, np, np.qualifier(), toks, text, first, np.last()));
                return true;
            }
            if (SHOT_ACTIVE.contains(v)) {
                shotTotals.add(figure(FigureKind.INJURED, np, np.qualifier(), toks, text, first, np.last()));
                return true;
            }
        }
        // "an injured woman was found", "two wounded soldiers were evacuated"
        for (int m = np.first(); m < np.last(); m++) {
            String w = words.get(m);
            if (w.equals("injured") || w.equals("wounded") || w.equals("dead")) {
                FigureKind kind = w.equals("dead") ? FigureKind.KILLED : FigureKind.INJURED;
                out.add(figure(kind, np, np.qualifier(), toks, text, np.first(), np.last()));
                return true;
            }
        }
        return false;
    }

    /** A participle right after the group ("eight shot") or a plural relative clause ("who were struck"). */
    private static boolean groupPredicate(List<String> words, int i) {
        if (i >= words.size()) {
            return false;
        }
        String w = words.get(i);
        if (GROUP_PARTICIPLES.contains(w)) {
            // "1 of 2 students wounded has died": a finite verb after the participle is the subset's predicate
            return i + 1 >= words.size() || !SUBSET_VERBS.contains(words.get(i + 1));
        }
        return RELATIVE.contains(w) && i + 1 < words.size() && Set.of("were", "are", "have", "had").contains(words.get(i + 1));
    }

    private static final Set<String> SUBSET_VERBS = Set.of(
            "has", "had", "was", "is", "died", "dies", "remains", "remained", "succumbed", "later");
    private static final Set<String> GROUP_PARTICIPLES = Set.of(
            "shot", "wounded", "injured", "hurt", "killed", "struck", "hit", "hospitalized", "hospitalised");

    private static final Set<String> INCLUSION = Set.of("including", "includes", "among", "plus", "except", "besides");

    /** "none of the four soldiers", "neither of the two men": the count is of people not affected. */
    private static boolean negatedSubject(List<String> words, int first) {
        int b = first - 1;
        if (b >= 0 && words.get(b).equals("the")) {
            b--;
        }
        return b >= 1 && words.get(b).equals("of") && (words.get(b - 1).equals("none")
                || words.get(b - 1).equals("neither"));
    }

    private record PredMatch(Role role, int end) {}

    private static final Set<String> SUBJECT_PREPOSITIONS = Set.of(
            "in", "inside", "at", "on", "near", "outside", "from", "aboard");
    /** Words that end a subject's prepositional phrase: a clause or another verb begins. */
    private static final Set<String> PP_STOP = Set.of(
            "where", "when", "who", "that", "which", "and", "or", "but", "while", "after", "before", "as", "had",
            "has", "have", "is", "are", "said", "says");

    /** "The victims, a man and a woman, were taken to...": the comma that closes an apposition before its verb. */
    private static final Set<String> APPOSITION_CLOSERS = Set.of("was", "were");

    private static final Set<String> NOT_ADVERBS = Set.of(
            "fatally", "mortally", "family", "only", "early", "daily", "weekly", "nearly", "reply", "supply",
            "italy", "assembly", "rally", "ally", "belly", "bully", "holly", "kelly", "sally", "billy", "july");

    /** "accidentally", "reportedly": manner adverbs between a subject and its predicate. */
    private static boolean isMannerAdverb(String w) {
        return w.length() > 5 && w.endsWith("ly") && !NOT_ADVERBS.contains(w) && !SEVERITY.contains(w);
    }

    /** The casualty predicate right after a noun phrase, skipping auxiliaries and adverbs. */
    private static PredMatch predicateAfter(List<String> words, int from) {
        // "two men inside the car were wounded", "a man in his 20s was shot": a short place or description phrase
        // between the subject and "was/were" belongs to the subject
        if (from < words.size() && SUBJECT_PREPOSITIONS.contains(words.get(from))) {
            for (int m = from + 2; m < Math.min(words.size(), from + 6); m++) {
                String w = words.get(m);
                if (w.equals("was") || w.equals("were")) {
                    return predicateAfter(words, m);
                }
                if (!Character.isLetterOrDigit(w.charAt(0)) || PP_STOP.contains(w)) {
                    break;
                }
            }
        }
        int i = from;
        int skipped = 0;
        boolean sawBe = false;
        boolean sawHave = false;
        while (i < words.size() && skipped < 6 && (AUX.contains(words.get(i)) || isMannerAdverb(words.get(i))
                || words.get(i).equals(",") && i == from
                && i + 1 < words.size() && (words.get(i + 1).equals("who") || SEVERITY.contains(words.get(i + 1))
                || APPOSITION_CLOSERS.contains(words.get(i + 1))))) {
            String a = words.get(i);
            // "a 5-year-old boy who died over the weekend was shot": an intransitive death in the relative clause
            if (RELATIVE.contains(a) && !(i + 1 < words.size() && (BE_HAVE.contains(words.get(i + 1))
                    || words.get(i + 1).equals("died") || words.get(i + 1).equals("later")))) {
                return null;
            }
            // "has killed" is active; only a form of "be" makes the participle passive
            sawBe |= BE_HAVE.contains(a) && !Set.of("has", "have", "had").contains(a);
            sawHave |= Set.of("has", "have", "had").contains(a);
            i++;
            skipped++;
        }
        // "the father was not hurt", "none were injured": a negated predicate states no casualty
        if (i < words.size() && (words.get(i).equals("not") || words.get(i).equals("never")
                || words.get(i).endsWith("n't"))) {
            return null;
        }
        // ", including a child," / ", ages 13 to 17," between the subject and its predicate
        if (i < words.size() && words.get(i).equals(",") && i + 1 < words.size()
                && (PARENTHETICAL.contains(words.get(i + 1)) || NumberWords.read(words, i + 1) != null)) {
            // the parenthetical may itself hold commas (", ages 19, 20 and 24,"): the first comma after which a
            // predicate follows closes it
            for (int m = i + 2; m < Math.min(words.size(), i + 14); m++) {
                if (words.get(m).equals(",")) {
                    PredMatch p = predicateAfter(words, m + 1);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        if (i >= words.size()) {
            return null;
        }
        String w = words.get(i);
        String n1 = i + 1 < words.size() ? words.get(i + 1) : "";
        String n2 = i + 2 < words.size() ? words.get(i + 2) : "";
        if (!sawBe && TRANSITIVE.contains(w) && startsObject(words, i + 1)) {
            return null;
        }
        if (!sawBe && (SEVERITY.contains(w) || w.equals("fatally")) && TRANSITIVE.contains(n1)
                && startsObject(words, i + 2)) {
            return null;
        }
        if (w.equals("among") && (n1.equals("the") || n1.equals("those"))) {
            if (KILLED_PRED.contains(n2) || n2.equals("fatalities") || n2.equals("deaths")) {
                return new PredMatch(Role.AMONG_KILLED, i + 2);
            }
            if (INJURED_PRED.contains(n2) || n2.equals("injuries")) {
                return new PredMatch(Role.AMONG_INJURED, i + 2);
            }
            return null;
        }
        if (w.equals("fatally") || w.equals("mortally")) {
            return new PredMatch(Role.KILLED, n1.equals("shot") || n1.equals("wounded") || n1.equals("injured")
                    || n1.equals("stabbed") || n1.equals("struck") ? i + 1 : i);
        }
        if (SEVERITY.contains(w) && (INJURED_PRED.contains(n1) || n1.equals("shot"))) {
            return new PredMatch(Role.INJURED, i + 1);
        }
        if (w.equals("shot") || w.equals("gunned")) {
            if (n1.equals("dead") || n1.equals("down") && w.equals("gunned")) {
                return new PredMatch(Role.KILLED, i + 1);
            }
            if (n1.equals("down")) {
                return null;
            }
            if (n1.equals("to") && n2.equals("death")) {
                return new PredMatch(Role.KILLED, i + 2);
            }
            if ((n1.equals("and") || n1.equals(",")) && (KILLED_PRED.contains(n2))) {
                // "the gunman shot and killed two men": the subject is the shooter when an object follows
                if (!sawBe && startsObject(words, i + 3)) {
                    return null;
                }
                return new PredMatch(Role.KILLED, i + 2);
            }
            if (n1.equals("and") && INJURED_PRED.contains(n2)) {
                return new PredMatch(Role.INJURED, i + 2);
            }
            int death = deathAfterShotAdjunct(words, i + 1);
            if (death > 0) {
                return new PredMatch(Role.KILLED, death);
            }
            return new PredMatch(Role.SHOT, i);
        }
        if (w.equals("lost") && (n1.equals("their") || n1.equals("his") || n1.equals("her")) && n2.startsWith("li")) {
            return new PredMatch(Role.KILLED, i + 2);
        }
        if ((w.equals("pronounced") || w.equals("found") || w.equals("confirmed")) && n1.equals("dead")) {
            return new PredMatch(Role.KILLED, i + 1);
        }
        if (KILLED_PRED.contains(w) && !w.equals("fatally")) {
            return new PredMatch(Role.KILLED, i);
        }
        if (INJURED_PRED.contains(w) && !w.endsWith("ing")) {
            return new PredMatch(Role.INJURED, i);
        }
        // "found a 19-year-old male with a gunshot wound": a person with a wound was hit (and may have died)
        if (w.equals("with")) {
            boolean fatal = false;
            for (int m = i + 1; m < Math.min(words.size(), i + 6); m++) {
                String x = words.get(m);
                fatal |= x.equals("fatal");
                if (x.equals("gunshot") || x.equals("gunshots") || x.equals("bullet") && m + 1 < words.size()
                        && words.get(m + 1).startsWith("wound")) {
                    return new PredMatch(fatal ? Role.KILLED : Role.SHOT, m);
                }
                if (x.startsWith("non-life") || x.startsWith("nonlife")) {
                    return new PredMatch(Role.INJURED, m);
                }
                if (!WOUND_MODIFIERS.contains(x)) {
                    break;
                }
            }
            // "three others with serious injuries": a person with injuries (not gunshot wounds, above) was injured
            int wound = injuryNounAfter(words, i + 1);
            if (wound >= 0 && !words.subList(i + 1, wound).contains("fatal")) {
                return new PredMatch(Role.INJURED, wound);
            }
        }
        // "three of them had non-life-threatening wounds": having minor injuries is being injured; "all five had
        // gunshot wounds" only says they were hit (they may have died of them)
        if (sawHave) {
            int wound = injuryNounAfter(words, i);
            if (wound >= 0) {
                boolean minor = words.subList(i, wound).stream().anyMatch(MINOR::contains);
                return new PredMatch(minor ? Role.INJURED : Role.SHOT, wound);
            }
        }
        // "the woman is expected to survive", "the others are expected to recover": a survivor of the attack
        if (w.equals("expected") && n1.equals("to") && SURVIVE.contains(n2)) {
            return new PredMatch(Role.INJURED, i + 2);
        }
        // "six others were treated for minor wounds"
        if (w.equals("treated") && n1.equals("for")) {
            int wound = injuryNounAfter(words, i + 2);
            if (wound >= 0) {
                return new PredMatch(Role.INJURED, wound);
            }
        }
        if (w.equals("suffered") || w.equals("sustained") || w.equals("suffers") || w.equals("suffer")
                || w.equals("suffering") || w.equals("sustains") || w.equals("sustaining")) {
            for (int m = i + 1; m < Math.min(words.size(), i + 5); m++) {
                if (words.get(m).startsWith("injur") || words.get(m).startsWith("wound")) {
                    return new PredMatch(Role.INJURED, m);
                }
                if (words.get(m).equals("fatal")) {
                    return new PredMatch(Role.KILLED, m);
                }
            }
        }
        if ((w.equals("taken") || w.equals("rushed") || w.equals("transported")) && n1.equals("to")
                && (n2.equals("hospital") || n2.equals("hospitals") || n2.equals("the") || n2.equals("a")
                || n2.equals("local") || n2.equals("area"))) {
            return new PredMatch(Role.INJURED, i + 2);
        }
        // "taken to San Francisco General", "airlifted to Cabell-Huntington Hospital": a named hospital
        if (HOSPITAL_MOVES.contains(w) && n1.equals("to")) {
            for (int m = i + 2; m < Math.min(words.size(), i + 8); m++) {
                if (HOSPITAL_WORDS.contains(words.get(m)) || words.get(m).endsWith("-hospital")) {
                    return new PredMatch(Role.INJURED, m);
                }
                if (!Character.isLetterOrDigit(words.get(m).charAt(0)) && !words.get(m).equals("'")) {
                    break;
                }
            }
        }
        if ((w.equals("in") && (n1.equals("critical") || n1.equals("serious") || n1.equals("stable")
                || n1.equals("fair") || n1.equals("good")) && n2.equals("condition"))) {
            return new PredMatch(Role.INJURED, i + 2);
        }
        if ((w.equals("struck") || w.equals("hit")) && n1.equals("by") && (n2.startsWith("gunfire")
                || n2.startsWith("gunshot")
                || n2.startsWith("bullet") || n2.equals("stray"))) {
            return new PredMatch(Role.SHOT, i + 2);
        }
        return null;
    }

    /**
     * "shot in the head, killed", "shot several times and killed": a short adjunct of where or how the person was hit
     * may stand between "shot" and the death of the same person. Index of the death word, else -1.
     */
    private static int deathAfterShotAdjunct(List<String> words, int from) {
        if (from >= words.size() || !SHOT_ADJUNCT_START.contains(words.get(from))) {
            return -1;
        }
        for (int m = from + 1; m < words.size() && m <= from + 5; m++) {
            String x = words.get(m);
            if (x.equals(",") || x.equals("and")) {
                int d = m + 1;
                if (x.equals(",") && d < words.size() && words.get(d).equals("and")) {
                    d++;
                }
                if (d < words.size() && (words.get(d).equals("killed") || words.get(d).equals("died")
                        || words.get(d).equals("dies"))) {
                    return d;
                }
                return -1;
            }
            if (!Character.isLetter(x.charAt(0)) || TRANSITIVE.contains(x) || BE_HAVE.contains(x)) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> SHOT_ADJUNCT_START = Set.of(
            "in", "on", "at", "through", "multiple", "several", "once", "twice", "repeatedly", "outside", "inside");

    /** Index of "injuries"/"wounds" after at most a few severity modifiers from {@code from}, else -1. */
    private static int injuryNounAfter(List<String> words, int from) {
        for (int m = from; m < words.size() && m < from + 5; m++) {
            String x = words.get(m);
            if (x.startsWith("injur") || x.startsWith("wound")) {
                return m;
            }
            if (!INJURY_MODIFIERS.contains(x)) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> MINOR = Set.of(
            "non-life-threatening", "non-life", "nonlife", "non", "nonlife-threatening", "minor", "graze", "grazing",
            "superficial", "slight", "light", "moderate");
    private static final Set<String> ORDINAL_PEOPLE = Set.of(
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final Set<String> SURVIVE = Set.of("survive", "recover", "live", "pull");
    private static final Set<String> INJURY_MODIFIERS = Set.of(
            "non-life-threatening", "non-life", "nonlife", "non", "life-threatening", "life", "threatening",
            "nonlife-threatening", "minor", "serious", "critical", "gunshot", "graze", "grazing", "superficial",
            "multiple", "a", "an", "what", "police", "say", "said", "are", "were", "appeared", "to", "be", "slight",
            "light", "moderate", "shrapnel", "bullet", "severe");

    private static final Set<String> WOUND_MODIFIERS = Set.of(
            "a", "an", "one", "two", "three", "multiple", "several", "single", "apparent", "apparently", "possible",
            "self-inflicted", "self", "inflicted", "accidental", "fatal", "serious", "critical", "minor", "graze",
            "grazing", "what", "appeared", "to", "be", "is", "are", "was", "were", "believed", "at", "least");
    private static final Set<String> SEND_VERBS = Set.of("sent", "sends", "send", "sending");
    private static final Set<String> HOSPITAL_MOVES = Set.of(
            "taken", "rushed", "transported", "airlifted", "flown", "driven", "brought", "transferred");
    private static final Set<String> HOSPITAL_WORDS = Set.of(
            "hospital", "hospitals", "general", "medical", "trauma", "clinic", "infirmary", "icu", "er");
    private static final Set<String> CLAIM_VERBS = Set.of(
            "claimed", "claiming", "claims", "claim", "took", "taking", "takes", "take", "taken", "cost", "costing", "costs");
    private static final Set<String> DEATH_NOUNS = Set.of(
            "death", "deaths", "murder", "murders", "killing", "killings", "slaying", "slayings", "homicide");
    private static final Set<String> RELATIVE = Set.of("who", "that", "which");
    private static final Set<String> BE_HAVE = Set.of(
            "was", "were", "is", "are", "has", "have", "had", "been", "be", "being", "got", "get");
    private static final Set<String> TRANSITIVE = Set.of(
            "killed", "injured", "wounded", "shot", "hurt", "murdered", "slain", "executed");
    private static final Set<String> OBJECT_START = Set.of(
            "his", "her", "their", "him", "them", "himself", "herself", "themselves", "a", "an", "the", "another",
            "two", "at", "more", "several", "dozens", "hundreds", "my", "our", "your", "its", "one", "both", "all",
            "nearly", "about", "up", "over", "some", "many", "least", "as", "scores", "thousands", "tens");

    /** Whether an object noun phrase starts here, making the verb before it active ("the gunman killed five"). */
    private static boolean startsObject(List<String> words, int i) {
        if (i >= words.size()) {
            return false;
        }
        String w = words.get(i);
        String n1 = i + 1 < words.size() ? words.get(i + 1) : "";
        // "wounded at the scene", "shot at a party" are places; only "at least/most", "up to", "as many as" count
        if (w.equals("at") || w.equals("up") || w.equals("as")) {
            return n1.equals("least") || n1.equals("most") || n1.equals("to") || n1.equals("many")
                    || n1.equals("much");
        }
        return OBJECT_START.contains(w) || NumberWords.read(words, i) != null || PERSON_PLURAL.contains(w)
                || PERSON_SINGULAR.contains(w);
    }

    /** Index of an active casualty verb governing the object starting at {@code npFirst}, or -1. */
    private static int activeVerbBefore(List<String> words, int npFirst) {
        int b = npFirst - 1;
        if (b >= 0 && (words.get(b).equals("the") || words.get(b).equals("another"))) {
            b--;
        }
        if (b < 0) {
            return -1;
        }
        String v = words.get(b);
        // "the death of", "murder of", "fatal shooting of", "killing of"
        if (v.equals("of") && b >= 1) {
            String noun = words.get(b - 1);
            if (DEATH_NOUNS.contains(noun) || noun.equals("shooting") || noun.equals("wounding")
                    || noun.equals("woundings")) {
                return b - 1;
            }
            if (noun.equals("shooting") && b >= 2 && (words.get(b - 2).equals("fatal")
                    || words.get(b - 2).equals("deadly"))) {
                return b - 1;
            }
        }
        if (v.equals("slain")) {
            return b;
        }
        if (KILLED_ACTIVE.contains(v) || INJURED_ACTIVE.contains(v) || SHOT_ACTIVE.contains(v)) {
            // "were killed two weeks ago" is excluded by the head check; "was shot" by the auxiliary check
            if (b > 0 && Set.of("was", "were", "been", "is", "are", "be").contains(words.get(b - 1))) {
                return -1;
            }
            if (SHOT_ACTIVE.contains(v) && b > 1 && words.get(b - 1).equals("and")
                    && (KILLED_ACTIVE.contains(words.get(b - 2)))) {
                return b;
            }
            return b;
        }
        // "claimed the lives of", "took the lives of"
        if (v.equals("of") && b >= 2 && (words.get(b - 1).equals("lives") || words.get(b - 1).equals("life"))) {
            int verb = words.get(b - 2).equals("the") ? b - 3 : b - 2;
            if (verb >= 0 && CLAIM_VERBS.contains(words.get(verb))) {
                return b - 1;
            }
        }
        return -1;
    }

    private static int activeVerbStart(List<String> words, int verb) {
        if (words.get(verb).equals("lives") || words.get(verb).equals("life")) {
            return words.get(verb - 1).equals("the") ? verb - 2 : verb - 1;
        }
        // "shot and killed two men": the killing verb wins over "shot"
        return verb;
    }

    private static boolean bareObjectEnds(List<String> words, int after) {
        if (after >= words.size()) {
            return true;
        }
        String w = words.get(after);
        return !Character.isLetterOrDigit(w.charAt(0)) || FUNCTION_AFTER_BARE.contains(w);
    }

    /** "Four people were shot, one fatally": the fatal subset is killed, the rest injured. */
    private static void resolveShot(String text, List<Figure> out, List<Figure> shotTotals) {
        int killed = 0;
        for (Figure k : out) {
            if (k.kind() == FigureKind.KILLED && !k.qualifier().equals(NumberWords.AT_LEAST)) {
                killed += k.value();
            }
        }
        for (Figure shot : shotTotals) {
            boolean disjoint = OTHERS.matcher(text.substring(shot.start(), shot.end())).find();
            if (!disjoint && killed > 0 && shot.value() > killed) {
                out.add(new Figure(FigureKind.INJURED, shot.value() - killed, shot.qualifier(), shot.start(),
                        shot.end(), null));
            } else if (disjoint || killed == 0) {
                out.add(shot);
            }
        }
    }

    private static final Pattern OTHERS = Pattern.compile("(?i)\\b(?:others?|another)\\b");

    private static void tollFigures(List<Tok> toks, List<String> words, String text, List<Figure> out, List<Np> nps) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            FigureKind kind = null;
            int start = i;
            if (w.equals("toll") && i > 0 && (words.get(i - 1).equals("death") || words.get(i - 1).equals("casualty")
                    || words.get(i - 1).equals("the") || words.get(i - 1).equals("fatality"))) {
                kind = FigureKind.KILLED;
                start = words.get(i - 1).equals("the") ? i : i - 1;
            } else if (w.equals("number") && i + 2 < words.size() && words.get(i + 1).equals("of")) {
                String x = words.get(i + 2);
                if (x.equals("dead") || x.equals("deaths") || x.equals("killed") || x.equals("fatalities")) {
                    kind = FigureKind.KILLED;
                } else if (x.equals("injured") || x.equals("wounded") || x.equals("injuries")) {
                    kind = FigureKind.INJURED;
                }
                if (kind != null) {
                    i += 2;
                }
            }
            if (kind == null) {
                continue;
            }
            int m = i + 1;
            int skipped = 0;
            while (m < words.size() && skipped < 5 && TOLL_FILLER.contains(words.get(m))) {
                m++;
                skipped++;
            }
            for (Np np : nps) {
                if (np.first() == m) {
                    if (np.numberIndex() >= 0 && (np.head() == Head.NONE || np.head() == Head.PERSON)) {
                        removeFiguresAt(out, toks.get(np.numberIndex()).start());
                        out.add(figure(kind, np, np.qualifier(), toks, text, start, np.last()));
                    }
                    break;
                }
            }
        }
    }

    /** "double shooting" (two people shot), "triple homicide" (three killed), "murder-suicide" (two dead). */
    private static void multiplierFigures(List<Tok> toks, List<String> words, List<Figure> out,
                                          List<Figure> shotTotals) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String n1 = i + 1 < words.size() ? words.get(i + 1) : "";
            // "a fatal shooting", "deadly attack": at least one person died
            if ((w.equals("fatal") || w.equals("deadly")) && EVENT_NOUNS.contains(n1)
                    && (i == 0 || !MULTIPLIERS.contains(words.get(i - 1)))) {
                out.add(span(FigureKind.KILLED, 1, NumberWords.AT_LEAST, toks, i, i + 1));
                continue;
            }
            if (w.equals("own") && n1.equals("life") && i > 0 && i < words.size()) {
                int v = Set.of("his", "her", "their").contains(words.get(i - 1)) ? i - 2 : i - 1;
                // "tried to take her own life" is an attempt, not a death
                boolean attempt = v >= 2 && words.get(v - 1).equals("to")
                        && ATTEMPT_VERBS.contains(words.get(v - 2));
                if (v >= 0 && !attempt && Set.of("took", "takes", "take", "taking").contains(words.get(v))) {
                    out.add(span(FigureKind.KILLED, 1, NumberWords.EXACT, toks, v, i + 1));
                }
                continue;
            }
            // "shot himself", "killed herself": the person is a casualty too
            if ((n1.equals("himself") || n1.equals("herself"))) {
                boolean fatal = i > 0 && words.get(i - 1).equals("fatally");
                if (KILLED_ACTIVE.contains(w) || fatal && SHOT_ACTIVE.contains(w)) {
                    out.add(span(FigureKind.KILLED, 1, NumberWords.EXACT, toks, fatal ? i - 1 : i, i + 1));
                } else if (w.equals("shot") || w.equals("shoots") || w.equals("shooting")) {
                    shotTotals.add(span(FigureKind.INJURED, 1, NumberWords.EXACT, toks, i, i + 1));
                }
                continue;
            }
            int dash = w.indexOf('-');
            if (dash > 0 && MULTIPLIERS.contains(w.substring(0, dash))) {
                String noun = w.substring(dash + 1);
                int times = MULTIPLIERS.indexOf(w.substring(0, dash)) + 2;
                if (Set.of("homicide", "homicides", "murder", "murders", "killing", "killings").contains(noun)) {
                    out.add(span(FigureKind.KILLED, times, NumberWords.EXACT, toks, i, i));
                } else if (noun.equals("shooting") || noun.equals("shootings")) {
                    shotTotals.add(span(FigureKind.INJURED, times, NumberWords.EXACT, toks, i, i));
                }
                continue;
            }
            // "charged with four counts of first-degree murder": one count per person killed
            if ((w.equals("counts") || w.equals("count")) && i > 0 && n1.equals("of")) {
                NumberWords.Reading r = NumberWords.read(words, i - 1);
                int n = i + 2;
                while (n < words.size() && CHARGE_MODIFIERS.contains(words.get(n))) {
                    n++;
                }
                if (r != null && r.words() == 1 && !r.vague() && n < words.size()
                        && CHARGE_DEATHS.contains(words.get(n))) {
                    out.add(span(FigureKind.KILLED, (int) r.value(), NumberWords.EXACT, toks, i - 1, n));
                }
                continue;
            }
            if (w.equals("murder-suicide") || w.equals("murder-suicides")) {
                out.add(span(FigureKind.KILLED, 2, NumberWords.AT_LEAST, toks, i, i));
                continue;
            }
            int times = switch (w) {
                case "double" -> 2;
                case "triple" -> 3;
                case "quadruple" -> 4;
                case "quintuple" -> 5;
                default -> 0;
            };
            if (times == 0 || i + 1 >= words.size()) {
                continue;
            }
            int n = i + 1;
            if (words.get(n).equals("fatal") && n + 1 < words.size()) {
                n++;
            }
            String noun = words.get(n);
            if (Set.of("homicide", "homicides", "murder", "murders", "killing", "killings", "slaying", "slayings")
                    .contains(noun) || words.get(i + 1).equals("fatal")) {
                out.add(span(FigureKind.KILLED, times, NumberWords.EXACT, toks, i, n));
            } else if (noun.equals("shooting") || noun.equals("shootings")) {
                shotTotals.add(span(FigureKind.INJURED, times, NumberWords.EXACT, toks, i, n));
            }
        }
    }

    private static final Set<String> ATTEMPT_VERBS = Set.of(
            "tried", "tries", "try", "trying", "attempted", "attempts", "attempt", "attempting", "threatened",
            "threatening", "wanted", "planned");
    private static final Set<String> CHARGE_MODIFIERS = Set.of(
            "first-degree", "second-degree", "third-degree", "first", "second", "third", "degree", "capital",
            "criminal", "felony", "aggravated", "premeditated", "willful", "wilful", "open", "involuntary",
            "voluntary", "vehicular", "reckless");
    private static final Set<String> CHARGE_DEATHS = Set.of("murder", "homicide", "manslaughter");

    private static final List<String> MULTIPLIERS = List.of("double", "triple", "quadruple", "quintuple");
    private static final Set<String> EVENT_NOUNS = Set.of(
            "shooting", "shootings", "attack", "attacks", "strike", "strikes", "stabbing", "explosion", "blast",
            "bombing", "shelling", "crash", "ambush", "raid", "airstrike", "air-strike", "shootout", "gunfight");

    private static void removeFiguresAt(List<Figure> out, int offset) {
        out.removeIf(f -> f.start() <= offset && offset < f.end());
    }

    // ---------------------------------------------------------------- weapons

    private void weaponFigures(Np np, List<Tok> toks, List<String> words, List<Figure> out, List<Np> nps) {
        boolean missile = np.head() == Head.MISSILE;
        FigureKind launched = missile ? FigureKind.MISSILES_LAUNCHED : FigureKind.DRONES_LAUNCHED;
        FigureKind intercepted = missile ? FigureKind.MISSILES_INTERCEPTED : FigureKind.DRONES_INTERCEPTED;
        Boolean intercept = passiveWeaponRole(words, np.last() + 1);
        if (intercept == null) {
            intercept = weaponVerbBefore(words, np.first(), nps);
        }
        if (intercept == null) {
            int a = np.last() + 1;
            if (a < words.size() && (words.get(a).equals("launched") || words.get(a).equals("fired"))) {
                intercept = false;
            }
        }
        if (intercept == null) {
            return;
        }
        if (np.total() >= 0) {
            out.add(span(intercept ? intercepted : launched, (int) np.value(), np.qualifier(), toks,
                    np.first(), np.numberIndex()));
            if (intercept) {
                out.add(span(launched, (int) np.total(), NumberWords.EXACT, toks, np.totalIndex(), np.last()));
            }
        } else {
            out.add(span(intercept ? intercepted : launched, (int) np.value(), np.qualifier(), toks,
                    np.first(), np.last()));
        }
    }

    /** TRUE for "were shot down"/"intercepted", FALSE for "were launched", null when no passive predicate. */
    private static Boolean passiveWeaponRole(List<String> words, int from) {
        int i = from;
        boolean aux = false;
        while (i < words.size() && Set.of("was", "were", "is", "are", "has", "have", "had", "been", "also",
                "successfully", "reportedly", "later", "all", "then", "each").contains(words.get(i))) {
            aux |= !Set.of("also", "successfully", "reportedly", "later", "all", "then", "each").contains(words.get(i));
            i++;
        }
        if (i >= words.size()) {
            return null;
        }
        String w = words.get(i);
        String n1 = i + 1 < words.size() ? words.get(i + 1) : "";
        boolean been = words.subList(from, i).stream().anyMatch(x -> Set.of("was", "were", "is", "are", "been").contains(x));
        if (INTERCEPT_VERBS.contains(w) || DOWN_VERBS.contains(w) && n1.equals("down")) {
            int next = DOWN_VERBS.contains(w) ? i + 2 : i + 1;
            // "eight missiles have destroyed the airport": the weapons are the agent, so they were launched
            if (!been && next < words.size() && !PASSIVE_FOLLOWERS.contains(words.get(next))
                    && Character.isLetterOrDigit(words.get(next).charAt(0))) {
                return Boolean.FALSE;
            }
            return Boolean.TRUE;
        }
        if (aux && (w.equals("launched") || w.equals("fired") || w.equals("used"))) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static final Set<String> PASSIVE_FOLLOWERS = Set.of(
            "by", "over", "in", "on", "overnight", "during", "near", "above", "and", "as", "at", "yesterday",
            "today", "last", "within", "out", "successfully", "across", "along", "while", "after", "before", "from",
            "with", "this", "earlier", "later", "tonight", "or", "but", "so", "also", "too");

    /** The nearest launch (FALSE) or intercept (TRUE) verb before the phrase in the sentence, else null. */
    private static Boolean weaponVerbBefore(List<String> words, int first, List<Np> nps) {
        for (int b = first - 1; b >= 0; b--) {
            String w = words.get(b);
            if (w.equals(";")) {
                return null;
            }
            // "destroyed 586 tanks, 1,694 armored vehicles, 66 UAVs": a tally of losses, not an air-defence report
            if (Character.isDigit(w.charAt(0)) || NumberWords.wordValue(w) > 1) {
                boolean inWeaponPhrase = false;
                for (Np other : nps) {
                    if (other.first() <= b && b <= other.last()
                            && (other.head() == Head.MISSILE || other.head() == Head.DRONE)) {
                        inWeaponPhrase = true;
                        break;
                    }
                }
                if (!inWeaponPhrase) {
                    return null;
                }
            }
            if (w.equals("down") && b > 0 && DOWN_VERBS.contains(words.get(b - 1))) {
                return Boolean.TRUE;
            }
            if (INTERCEPT_VERBS.contains(w)) {
                return Boolean.TRUE;
            }
            if (LAUNCH_VERBS.contains(w)) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** "of which 12 were shot down": a bare count takes the weapon of the nearest weapon word before it. */
    private boolean bareWeaponFigure(Np np, List<Tok> toks, List<String> words, String text, List<Figure> out) {
        Boolean intercept = passiveWeaponRole(words, np.last() + 1);
        if (intercept == null) {
            return false;
        }
        for (int b = np.first() - 1; b >= 0; b--) {
            Head h = headClass(words.get(b));
            if (h == Head.MISSILE || h == Head.DRONE) {
                boolean missile = h == Head.MISSILE;
                FigureKind kind = intercept
                        ? (missile ? FigureKind.MISSILES_INTERCEPTED : FigureKind.DRONES_INTERCEPTED)
                        : (missile ? FigureKind.MISSILES_LAUNCHED : FigureKind.DRONES_LAUNCHED);
                out.add(span(kind, (int) np.value(), np.qualifier(), toks, np.first(), np.last()));
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- exchanges

    private void exchangeFigure(Np np, List<Tok> toks, List<String> words, String text, List<Figure> out) {
        boolean strong = STRONG_PRISONER.contains(np.headWord());
        if (np.numberIndex() < 0) {
            return;
        }
        boolean near = false;
        for (int m = Math.max(0, np.first() - 8); m < Math.min(words.size(), np.last() + 8); m++) {
            if (EXCHANGE_WORDS.contains(words.get(m))) {
                near = true;
                break;
            }
        }
        if (!strong && !near) {
            return;
        }
        int last = np.last();
        // "390 personnel from each side": per side, reported as stated
        if (last + 3 < words.size() && words.get(last + 1).equals("from") && words.get(last + 2).equals("each")
                && words.get(last + 3).equals("side")) {
            last += 3;
        }
        out.add(span(FigureKind.PRISONERS_EXCHANGED, (int) np.value(), np.qualifier(), toks, np.first(), last));
    }

    // ---------------------------------------------------------------- helpers

    private static Figure figure(FigureKind kind, Np np, String qualifier, List<Tok> toks, String text,
                                 int firstTok, int lastTok) {
        return span(kind, (int) Math.min(Integer.MAX_VALUE, np.value()), qualifier, toks,
                Math.min(firstTok, np.first()), Math.max(lastTok, np.last()));
    }

    private static Figure span(FigureKind kind, int value, String qualifier, List<Tok> toks, int firstTok, int lastTok) {
        int start = toks.get(firstTok).start();
        int end = toks.get(lastTok).end();
        return new Figure(kind, value, qualifier, start, end, null);
    }

    private static List<Figure> dedupe(List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            boolean dup = false;
            for (Figure g : out) {
                if (g.kind() == f.kind() && g.start() == f.start() && g.value() == f.value()) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(f);
            }
        }
        return out;
    }
}
