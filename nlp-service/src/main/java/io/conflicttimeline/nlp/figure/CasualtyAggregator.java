package io.conflicttimeline.nlp.figure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the sentence figures of one article to the killed/injured counts of its main incident.
 *
 * <p>Rule: the main incident is the one the headline and lead report, so only figures stated in the lead (the first
 * {@value #LEAD_SENTENCES} sentences that state any casualty figure, within {@value #LEAD_SPAN} characters of the
 * first) are used; later paragraphs often recall other
 * incidents, sub-totals or yearly tallies. In the lead, the first statement is the count; a later one replaces it
 * only when it is an explicit update ("the death toll rose to 12") or a larger number where the first statement
 * only implied people ("a fatal shooting", "a man was killed", then "two people died"), or a count where the first
 * only gave a vague lower bound ("several wounded", then "four wounded"). A count of people "shot",
 * and a single unnamed person "taken to hospital", may include those who died: such victim counts give
 * injured = victims - killed unless their own sentence separates the dead from the wounded. A perpetrator's suicide
 * stated right after a numbered killed count adds one. Sentences set at another time ("Last month, ...") are
 * skipped. No figure means zero, and {@link Casualties#stated()} tells a reported zero from silence.
 *
 * <p>Refinements: a sentence that only repeats figures already seen (a headline printed twice) does not use up the
 * lead; round-up sentences ("in separate shootings", "weekend violence") are tallies; a larger count replaces an
 * implied single casualty only when it follows within {@value #NEAR} characters; figures of one kind in one sentence
 * that name others or list people by condition add up; a definite single victim "taken to hospital" or named before
 * "where he died" is the person who died, not another casualty; a homicide charge in the headline or first sentence
 * means the person shot died; a count of others wounded in the {@value #FOLLOW_SENTENCES} sentences after the lead
 * is used when the lead gives none.
 *
 * <p>Victims who died later: a wounded person whose own clause goes on to die ("who was critically wounded on Friday
 * died on Saturday", "was shot in the chest and later died", or one person then "She later died") counts as dead, not
 * wounded, and the article still states its wounded count (none of them survived); "one of the five people
 * hospitalized has died" makes the five the people hit. People "taken to hospital" may be the dead, like people
 * "shot"; someone "also shot" after the lead is another victim; "one boy shot the other" names the victim, not one
 * more; a gunman "killed by police" is not one of the people he shot.
 */
public final class CasualtyAggregator {

    static final int LEAD_SENTENCES = 3;
    /**
     * How close (in characters) a larger count must follow an implied single casualty ("a man was killed") to
     * replace it: the next clause or sentence refines the lead, a count paragraphs later is usually a tally.
     */
    static final int NEAR = 200;
    /**
     * How far (in characters) the lead's statements may lie from its first one: about the first paragraphs of a
     * news report; a second casualty statement further down belongs to background or to another story on the page.
     */
    static final int LEAD_SPAN = 1000;
    /** Sentences after the lead searched for a wounded count the lead did not give ("Three others were injured."). */
    static final int FOLLOW_SENTENCES = 2;

    /** A count of other people wounded ("three others were injured") adds to the lead's victims, not replaces them. */
    private static boolean followInjured(Figure f) {
        return counted(f) && !SHOT.matcher(f.text()).find() && disjoint(f) || !counted(f) && ALSO_ANOTHER.matcher(f.text()).find();
    }

    /**
     * Whether a figure counts people other than those already told of: "three others", "a second man", and "a woman
     * was also shot" (an indefinite or named person "also" hit; "the man was also shot in the arm" is the same man).
     */
    private static boolean disjoint(Figure f) {
        // "one boy shot the other", "a teen accidentally shot another teen": the other is the shooter's other, the
        // victim the article is about, not one more victim
        if (SHOT_THE_OTHER.matcher(f.text()).lookingAt()) {
            return false;
        }
        return DISJOINT.matcher(f.text()).find() || ALSO_ANOTHER.matcher(f.text()).find();
    }

    private static final Pattern SHOT_THE_OTHER = Pattern.compile(
            "(?i)(?:accidentally )?(?:shot|shoots|shooting|struck|striking|hit|hitting) (?:the other|another)\\b");

    private static final Pattern ALSO_ANOTHER = Pattern.compile(
            "(?i)^(?!(?:the|he|she|his|her|this|that|they|both|all)\\b)[^,;]{0,60}?\\b(?:was|were) also\\b");

    /** The age of the one person a figure describes ("the 14-year-old was taken to hospital"), else -1. */
    private static long singleAge(Figure f) {
        if (f.value() != 1 || counted(f)) {
            return -1;
        }
        Matcher m = AGE_OF.matcher(f.text());
        if (!m.find()) {
            return -1;
        }
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : NumberWords.wordValue(n);
    }

    private static final Pattern AGE_OF = Pattern.compile("(?i)\\b(\\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old\\b");

    /** The N of "a fourth victim", "the third person shot", else 0. */
    private static int ordinalVictim(String text) {
        Matcher m = ORDINAL_VICTIM.matcher(text);
        if (!m.find()) {
            return 0;
        }
        return ORDINALS.indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT)) + 2;
    }

    private static final List<String> ORDINALS = List.of(
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final Pattern ORDINAL_VICTIM = Pattern.compile(
            "(?i)\\b(?:a|the) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:[\\p{L}-]+ )?"
                    + "(?:victim|person|man|woman|boy|girl|teen|teenager|child|officer|soldier|civilian|deputy|was|is)\\b"
                    // "the fourth child to be shot this week" ranks the incident in a tally
                    + "(?! to\\b)");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]*\\s+|\\n\\s*");
    private static final Pattern CARDINAL = Pattern.compile(
            "(?i)\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                    + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
                    + "|hundred|thousand|dozens?|several|few|couple|scores|tens)\\b");
    private static final Pattern SHOT = Pattern.compile(
            "\\b(?:shot|shooting|shootings|gunfire|bullets?|struck|striking|hitting)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "All three victims were taken to the hospital": people taken to hospital are the people hit, some of whom may
     * have died there, like people "shot"; a count of them is victims, not survivors.
     */
    private static final Pattern TRANSPORTED = Pattern.compile(
            "(?i)\\b(?:taken|rushed|transported|flown|airlifted|driven|brought) to\\b");
    private static final Pattern KILLED_BY_POLICE = Pattern.compile(
            "(?i)\\s*by (?:[\\w.,]+ ){0,3}(?:police|officers?|deputies|deputy|cops|troopers?|agents?)\\b");
    private static final Pattern UPDATE = Pattern.compile(
            "(?i)\\b(?:toll|rose|risen|rises|climbed|increased|number of)\\b");
    private static final Pattern DISJOINT = Pattern.compile(
            "(?i)\\b(?:another|other|others|additional|second|third|fourth|fifth|surviv\\w*)\\b");
    private static final Pattern INCLUDING_SHOOTER = Pattern.compile(
            "(?i)\\bincluding the (?:gunman|shooter|suspect|attacker)\\b");
    private static final Pattern HOMICIDE_CHARGE = Pattern.compile(
            "(?i)(?<!attempted )(?<!attempted first-degree )(?<!attempted second-degree )\\b(?:murder|manslaughter"
                    + "|homicide)\\b(?! attempt)"
                    // "the Metro Homicide Unit", "homicide detectives": a department names no death of its own
                    + "(?!s? (?:unit|units|detectives?|investigators?|division|squad|bureau|section|sergeant|team"
                    + "|department|office|task force)\\b)");
    private static final Pattern SUICIDE = Pattern.compile(
            "(?i)\\b(?:(?:kill|killed|killing|shooting and killing) (?:himself|herself)"
                    + "|turn(?:ed|ing)? the (?:gun|weapon) on (?:himself|herself)|t(?:ook|aking) (?:his|her) own life"
                    + "|then (?:himself|herself))\\b");

    /**
     * Killed and injured counts of an article's main incident; {@code stated} is false when the article states no
     * casualty figure at all, so that its zeros are absence of evidence rather than a report of none.
     */
    public record Casualties(int killed, int injured, boolean stated) {}

    /** One count as an article states it, with its qualifier ({@code exact|at_least|at_most|about}). */
    public record Count(int value, String qualifier) {}

    /**
     * What an article reports of its main incident, per kind: {@code null} when nothing it says bears on that kind
     * ("a man was killed" tells no injured count), which is what the article's event carries to the timeline.
     */
    public record Report(Count killed, Count injured) {

        /** The counts with silence read as zero. */
        public Casualties casualties() {
            return new Casualties(killed == null ? 0 : killed.value(), injured == null ? 0 : injured.value(),
                    killed != null || injured != null);
        }
    }

    public CasualtyAggregator() {
    }

    /** The main incident's casualties from the article text and the figures found in its sentences. */
    public Casualties aggregate(String articleText, List<Figure> figures) {
        Report r = report(articleText, figures);
        boolean stated = figures.stream().anyMatch(f -> f.kind() == FigureKind.KILLED || f.kind() == FigureKind.INJURED);
        return new Casualties(r.casualties().killed(), r.casualties().injured(), stated);
    }

    /** The main incident's killed and injured counts as the article states them (null for a kind it is silent on). */
    public Report report(String articleText, List<Figure> figures) {
        List<Integer> sentenceStarts = sentenceStarts(articleText);
        List<Figure> casualty = new ArrayList<>();
        // "one of the five people hospitalized has died": the five are the people hit, the one of them died
        Set<Figure> groupsWithDead = new HashSet<>();
        // people wounded who died later: counted among the people hit, so the article still says how many survived
        Set<Figure> diedLater = new HashSet<>();
        for (Figure f : figures) {
            if (f.kind() == FigureKind.KILLED) {
                casualty.add(f);
            } else if (f.kind() == FigureKind.INJURED) {
                Matcher part = PARTITIVE.matcher(f.text());
                if (part.lookingAt() && deathFollows(articleText, f, sentenceStarts)) {
                    long dead = numberValue(part.group(1));
                    // (the figure must still count the whole group: "one of five shot died" may already read 4 hurt)
                    Matcher total = PARTITIVE_TOTAL.matcher(f.text());
                    if (dead > 0 && dead < f.value() && total.lookingAt() && numberValue(total.group(1)) == f.value()) {
                        casualty.add(new Figure(FigureKind.KILLED, (int) dead, NumberWords.EXACT, f.start(), f.end(),
                                f.text()));
                        groupsWithDead.add(f);
                    }
                    casualty.add(f);
                } else if (!part.lookingAt() && deathFollows(articleText, f, sentenceStarts)) {
                    Figure dead = new Figure(FigureKind.KILLED, f.value(), f.qualifier(), f.start(), f.end(), f.text());
                    casualty.add(dead);
                    diedLater.add(dead);
                } else {
                    casualty.add(f);
                }
            }
        }
        casualty.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Integer> leadSentences = new ArrayList<>();
        List<Figure> lead = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Figure> follow = new ArrayList<>();
        for (int n = 0; n < casualty.size(); ) {
            int sentence = sentenceIndex(sentenceStarts, casualty.get(n).start());
            List<Figure> inSentence = new ArrayList<>();
            while (n < casualty.size() && sentenceIndex(sentenceStarts, casualty.get(n).start()) == sentence) {
                inSentence.add(casualty.get(n++));
            }
            if (aboutAnotherTime(articleText, sentenceStarts, sentence)) {
                continue;
            }
            // a headline or teaser repeated verbatim (page furniture) states nothing new: it must not use up the lead
            if (!leadSentences.isEmpty() && inSentence.stream().allMatch(f -> seen.contains(key(f)))) {
                continue;
            }
            // a casualty statement far below the first one is background, another story or page furniture, not
            // the lead of this one
            if (!leadSentences.isEmpty() && leadSentences.size() < LEAD_SENTENCES
                    && sentenceStarts.get(sentence) - sentenceStarts.get(leadSentences.get(0)) > LEAD_SPAN) {
                break;
            }
            if (leadSentences.size() >= LEAD_SENTENCES) {
                if (leadSentences.size() == LEAD_SENTENCES + FOLLOW_SENTENCES) {
                    break;
                }
                leadSentences.add(sentence);
                for (Figure f : inSentence) {
                    seen.add(key(f));
                    follow.add(f);
                }
                continue;
            }
            leadSentences.add(sentence);
            for (Figure f : inSentence) {
                seen.add(key(f));
                lead.add(f);
            }
        }
        lead = addDisjointCounts(articleText, lead, sentenceStarts);
        Figure killedFigure = null;
        Figure injuredFigure = null;
        int victims = 0;
        int diedVictims = 0;
        for (Figure f : lead) {
            boolean counted = counted(f);
            if (f.kind() == FigureKind.KILLED) {
                if (supersedes(f, killedFigure)) {
                    killedFigure = f;
                }
                if (diedLater.contains(f)) {
                    diedVictims = Math.max(diedVictims, f.value());
                }
            // (and "five people were injured" before it is the same five)
            } else if (groupsWithDead.contains(f) || sameGroup(groupsWithDead, lead, f)) {
                victims = Math.max(victims, f.value());
            // (a single person "in stable condition", "treated for minor injuries" is a survivor, not maybe the dead)
            } else if ((SHOT.matcher(f.text()).find() || TRANSPORTED.matcher(f.text()).find()
                    || !counted && !WILL_LIVE.matcher(f.text()).find())
                    && !disjoint(f) && (!hasKilledInSentence(lead, f, sentenceStarts)
                    || !counted && (sameVictim(f) || pronounDeathAfter(lead, f, sentenceStarts)))) {
                victims = Math.max(victims, f.value());
            } else if (supersedes(f, injuredFigure)) {
                injuredFigure = f;
            }
        }
        int killed = killedFigure == null ? 0 : killedFigure.value();
        // "Juvenile charged with murder in shooting of 17-year-old": a homicide charge in the headline or first
        // sentence says the person shot died, even where no sentence states the death
        if (killed == 0 && victims > 0 && injuredFigure == null && !lead.isEmpty()) {
            int end = sentenceStarts.size() > 2 ? sentenceStarts.get(2) : articleText.length();
            if (HOMICIDE_CHARGE.matcher(articleText.substring(0, end)).find()) {
                killed = 1;
            }
        }
        int injured = injuredFigure == null ? 0 : injuredFigure.value();
        // people "shot", and a single unnamed victim "taken to hospital", may be the ones who died
        // "A 3-year-old was killed ... the 19-year-old was taken to hospital": a single victim whose age differs from
        // every dead person's is someone else, who survived
        Set<Long> victimAges = new HashSet<>();
        Set<Long> deadAges = new HashSet<>();
        for (Figure f : lead) {
            long age = singleAge(f);
            if (age < 0) {
                continue;
            }
            if (f.kind() == FigureKind.KILLED) {
                deadAges.add(age);
            } else if (!disjoint(f)) {
                victimAges.add(age);
            }
        }
        // (ages of victims alone are not compared: reports disagree on a victim's age, and name the shooter's)
        if (!victimAges.isEmpty() && !deadAges.isEmpty()) {
            int survivors = 0;
            for (long age : victimAges) {
                survivors += deadAges.contains(age) ? 0 : 1;
            }
            injured = Math.max(injured, Math.max(survivors, Math.max(victims, victimAges.size()) - killed));
        } else {
            // "Teen who shot 4 is killed by police": a gunman police killed is not one of the people he shot
            int killedByPolice = 0;
            for (Figure f : lead) {
                if (f.kind() == FigureKind.KILLED && f.value() == 1 && KILLED_BY_POLICE.matcher(
                        articleText.substring(f.end(), Math.min(articleText.length(), f.end() + 40))).lookingAt()) {
                    killedByPolice = 1;
                }
            }
            injured = Math.max(injured, victims - Math.max(0, killed - killedByPolice));
            injured = Math.max(injured, diedVictims - killed);
        }
        if (injured == 0) {
            for (Figure f : follow) {
                if (f.kind() == FigureKind.INJURED && followInjured(f)) {
                    injured = f.value();
                    break;
                }
            }
        }
        // "a fourth victim was also wounded": an ordinal victim who survived says how many people were hit
        // ("a third person has died": likewise for the dead). Only against a stated death count: "a fatal shooting"
        // leaves open how many of the earlier victims died
        int injuredOrdinal = 0;
        int killedOrdinal = 0;
        for (List<Figure> part : List.of(lead, follow)) {
            for (Figure f : part) {
                if (f.kind() == FigureKind.INJURED) {
                    injuredOrdinal = Math.max(injuredOrdinal, ordinalVictim(f.text()));
                } else if (f.kind() == FigureKind.KILLED) {
                    // only "a third person died" counts deaths; "the fifth man died" ranks victims, not deaths
                    if (f.text().regionMatches(true, 0, "a ", 0, 2)) {
                        killedOrdinal = Math.max(killedOrdinal, ordinalVictim(f.text()));
                    }
                }
            }
        }
        // (a dead ordinal only informs the subtraction: on its own it over-counts too often to set the death toll)
        if (killedFigure == null || !killedFigure.qualifier().equals(NumberWords.AT_LEAST) || killedOrdinal > 0) {
            injured = Math.max(injured, injuredOrdinal - Math.max(killed, killedOrdinal));
        }
        // "killed two people and then himself": the perpetrator's death is a casualty of the incident too
        // (checked after every lead statement of the same count: the headline "4 dead" rarely names the suicide,
        // the lead's "Four people were killed ... then turned the gun on herself" does)
        if (killedFigure != null && !SUICIDE.matcher(killedFigure.text()).find()) {
            for (Figure f : lead) {
                if (f.kind() != FigureKind.KILLED || f.value() != killedFigure.value()
                        || SUICIDE.matcher(f.text()).find()) {
                    continue;
                }
                int s = sentenceIndex(sentenceStarts, f.start());
                int end = s + 1 < sentenceStarts.size() ? sentenceStarts.get(s + 1) : articleText.length();
                String rest = articleText.substring(f.end(), end);
                if (SUICIDE.matcher(rest).find() && !INCLUDING_SHOOTER.matcher(rest).find()) {
                    killed++;
                    break;
                }
            }
        }
        boolean killedStated = killedFigure != null || killed > 0;
        boolean injuredStated = injuredFigure != null || injured > 0 || victims > 0 || diedVictims > 0;
        String killedQualifier = killedFigure == null ? NumberWords.EXACT : killedFigure.qualifier();
        String injuredQualifier = injuredFigure != null && injuredFigure.value() == injured
                ? injuredFigure.qualifier() : NumberWords.EXACT;
        return new Report(killedStated ? new Count(killed, killedQualifier) : null,
                injuredStated ? new Count(injured, injuredQualifier) : null);
    }

    /**
     * "A 16-year-old who was critically wounded on Friday died on Saturday", "A man was shot in the chest and later
     * died", "The woman was shot. She later died at a hospital": people wounded whose own clause (or, for one person,
     * the next sentence opened by a pronoun) goes on to their death are counted dead, not wounded. The clause must
     * not bring in another subject ("... and his friend died").
     */
    private static boolean deathFollows(String text, Figure f, List<Integer> sentenceStarts) {
        int s = sentenceIndex(sentenceStarts, f.start());
        int end = s + 1 < sentenceStarts.size() ? sentenceStarts.get(s + 1) : text.length();
        if (f.end() > end) {
            return false;
        }
        Matcher death = DEATH.matcher(text);
        death.region(f.end(), end);
        if (death.find() && death.start() - f.end() <= DIED_LATER_GAP) {
            String gap = text.substring(f.end(), death.start());
            boolean pronoun = PRONOUN_BEFORE.matcher(gap).find();
            return !NEW_SUBJECT.matcher(gap).find() && !gap.contains(";") && (!pronoun || f.value() == 1)
                    && !WILL_LIVE.matcher(gap).find();
        }
        if (f.value() != 1 || s + 1 >= sentenceStarts.size() || WILL_LIVE.matcher(f.text()).find()) {
            return false;
        }
        int nextEnd = s + 2 < sentenceStarts.size() ? sentenceStarts.get(s + 2) : text.length();
        Matcher next = PRONOUN_DEATH.matcher(text);
        next.region(end, nextEnd);
        return next.lookingAt();
    }

    /** How far (in characters) a death may follow the wounding in the same clause: a place, a time, a hospital. */
    static final int DIED_LATER_GAP = 120;
    private static final Pattern DEATH = Pattern.compile(
            "(?i)\\b(?:died|dies|succumbed|passed away|(?:was|were|has been|have been|had been) (?:later |since |then )?"
                    + "(?:pronounced|declared) (?:dead|brain[- ]dead)|(?:is|are|was|were) now dead)\\b");
    private static final Pattern NEW_SUBJECT = Pattern.compile(
            "(?i)(?:\\b(?:and|but|while|whereas|when|because|although)|,)\\s+(?:a|an|the|his|her|their"
                    + "|its|one|two|three|four|five|\\d+|another|other|others|they|police|officers|authorities"
                    + "|[A-Z][a-z]+ [A-Z][a-z]+)\\b"
                    // "... shot and killed a man who died": the wounded is the agent, not the one who died
                    + "|\\b(?:who|which|that|whom)\\b");
    /** "one of three people hit": the one died, not the three; "among" likewise picks out some of a group. */
    private static final Pattern PARTITIVE = Pattern.compile("(?i)([\\w-]+) (?:of|among)\\b");

    private static final Pattern PARTITIVE_TOTAL = Pattern.compile(
            "(?i)[\\w-]+ (?:of|among) (?:the |those |these )?([\\w-]+)");

    private static boolean sameGroup(Set<Figure> groupsWithDead, List<Figure> lead, Figure f) {
        for (Figure g : groupsWithDead) {
            if (g.value() == f.value() && lead.contains(g)) {
                return true;
            }
        }
        return false;
    }

    private static long numberValue(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return Character.isDigit(w.charAt(0)) ? (w.chars().allMatch(Character::isDigit) && w.length() < 4
                ? Long.parseLong(w) : -1) : NumberWords.wordValue(w);
    }
    private static final Pattern PRONOUN_BEFORE = Pattern.compile("(?i)\\b(?:he|she)\\s+(?:\\w+\\s+)?$");
    private static final Pattern PRONOUN_DEATH = Pattern.compile(
            "(?i)\\s*(?:he|she) (?:later |eventually |subsequently |then |has since |since )?(?:died|succumbed"
                    + "|passed away|was (?:later )?pronounced dead)\\b");

    /** Start offsets of the sentences of a text: a deliberately simple split, good enough to count sentences. */
    public static List<Integer> sentenceStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            if (m.end() < text.length() && (!isAbbreviation(text, m.start()) || endsClockTime(text, m.start(), m.end()))) {
                starts.add(m.end());
            }
        }
        return starts;
    }

    /** "at 2 a.m. Last month...": a clock time ends the sentence when a capitalized non-date word follows. */
    private static boolean endsClockTime(String text, int dot, int next) {
        if (dot < 3 || !(text.startsWith("a.m", dot - 3) || text.startsWith("p.m", dot - 3))) {
            return false;
        }
        Matcher w = NEXT_WORD.matcher(text);
        w.region(next, text.length());
        return w.lookingAt() && Character.isUpperCase(w.group().charAt(0)) && !DATE_WORD.matcher(w.group()).matches();
    }

    private static final Pattern NEXT_WORD = Pattern.compile("\\p{L}+");
    private static final Pattern DATE_WORD = Pattern.compile(
            "(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|jan\\w*|feb\\w*|mar\\w*"
                    + "|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*|et|est|edt|cst|cdt|pst|pdt");

    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int b = dot;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, dot);
        return word.length() == 1 || ABBREVIATIONS.matcher(word).matches();
    }

    private static final Pattern ABBREVIATIONS = Pattern.compile(
            "(?i)mr|mrs|ms|dr|st|sgt|lt|capt|col|gen|gov|sen|rep|det|officer|jr|sr|no|ave|blvd|rd|co|inc|vs|jan|feb"
                    + "|mar|apr|aug|sept?|oct|nov|dec|p\\.m|a\\.m|cpl|deputy|cmdr|sheriff|u\\.s|ft|mt");

    /**
     * Whether a later lead figure replaces the current one: the first statement stands unless the later one is an
     * explicit update ("the death toll rose to") or gives a number where the first only implied people ("a fatal
     * shooting", "a man was killed" -> "two people died").
     */
    private static boolean supersedes(Figure later, Figure current) {
        if (current == null) {
            return true;
        }
        if (later.value() <= current.value()) {
            return false;
        }
        return UPDATE.matcher(later.text()).find() || !counted(current)
                && (current.qualifier().equals(NumberWords.AT_LEAST) || later.start() - current.end() < NEAR)
                // "several wounded" then "four wounded": the number the vague word stood for
                || current.qualifier().equals(NumberWords.AT_LEAST) && later.qualifier().equals(NumberWords.EXACT)
                && VAGUE_COUNT.matcher(current.text()).find();
    }

    private static final Pattern VAGUE_COUNT = Pattern.compile(
            "(?i)\\b(?:several|multiple|numerous|some|a (?:few|number of|couple of))\\b");

    /** "Last month, five people were killed...": a sentence set at another time reports another incident or a tally. */
    private static boolean aboutAnotherTime(String text, List<Integer> starts, int sentence) {
        int from = starts.get(sentence);
        int to = sentence + 1 < starts.size() ? starts.get(sentence + 1) : text.length();
        String s = text.substring(from, to);
        return OTHER_TIME_START.matcher(s).lookingAt() || TALLY.matcher(s).find();
    }

    private static final Pattern OTHER_TIME_START = Pattern.compile(
            "(?i)\\s*(?:last (?:week|month|year|summer|spring|fall|autumn|winter|weekend)|earlier this (?:year|month)"
                    + "|in (?:19|20)\\d\\d|since (?:19|20)\\d\\d|since (?:january|february|march|april|may|june|july"
                    + "|august|september|october|november|december)|so far this year|previously|in a (?:separate|similar"
                    + "|previous|different)|a year ago|(?:two|three|four|five|six) (?:weeks|months|years) ago)\\b");
    private static final Pattern TALLY = Pattern.compile(
            "(?i)\\b(?:so far this year|this year alone|since the (?:start|beginning) of|year to date|in (?:19|20)\\d\\d,)"
                    // round-ups of several incidents: "5 dead, 17 wounded in weekend shootings across the city"
                    + "|\\b(?:separate|different|several|multiple|weekend|overnight|holiday|unrelated|two|three|four"
                    + "|five|six|seven|eight|nine|ten|\\d+) (?:separate |different |unrelated )?(?:shootings|incidents)\\b"
                    // ("across the city" alone is no sign: one attack damages buildings across a city)
                    + "|\\bshootings (?:across|around|throughout)\\b|\\bweekend (?:of )?violence\\b"
                    + "|\\bviolent weekend\\b");

    /** Whether a figure states a number ("two people", "4 dead") rather than a single person; ages are not numbers. */
    private static boolean counted(Figure f) {
        return CARDINAL.matcher(AGE.matcher(f.text()).replaceAll(" ")).find();
    }

    private static final Pattern AGE = Pattern.compile(
            "(?i)[\\p{L}\\p{N}]+[- ](?:year|month|week|day)s?[- ]olds?|,\\s*\\d{1,2}\\s*,");

    /**
     * "One man was in critical condition and two others were in stable condition", "one died at the scene and
     * another at the hospital": figures of one kind in one sentence that name other people, or list people by
     * condition, add up to one figure.
     */
    private static List<Figure> addDisjointCounts(String text, List<Figure> lead, List<Integer> sentenceStarts) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : lead) {
            Figure prev = null;
            int at = -1;
            for (int n = out.size() - 1; n >= 0; n--) {
                Figure g = out.get(n);
                if (g.kind() == f.kind() && g.end() <= f.start()
                        && sentenceIndex(sentenceStarts, g.start()) == sentenceIndex(sentenceStarts, f.start())) {
                    prev = g;
                    at = n;
                    break;
                }
            }
            if (prev != null && !prev.qualifier().equals(NumberWords.AT_LEAST) && adds(text, prev, f)) {
                out.set(at, new Figure(f.kind(), prev.value() + f.value(), f.qualifier(), prev.start(), f.end(),
                        text.substring(prev.start(), f.end())));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean adds(String text, Figure first, Figure later) {
        String gap = text.substring(first.end(), later.start());
        if (!ADDING_GAP.matcher(gap).matches()) {
            return false;
        }
        if (OTHERS_ADDED.matcher(later.text()).find()) {
            return true;
        }
        Matcher a = CONDITION.matcher(first.text());
        Matcher b = CONDITION.matcher(later.text());
        return a.find() && b.find() && !a.group().equalsIgnoreCase(b.group());
    }

    /** Only a short coordinating gap joins two figures ("... and", ", while"), not a new clause with its own subject. */
    private static final Pattern ADDING_GAP = Pattern.compile("(?i)[^.;:]{0,40}?\\b(?:and|while|with)\\b[^.;:]{0,20}");
    private static final Pattern OTHERS_ADDED = Pattern.compile("(?i)\\b(?:others?|another|a (?:second|third|fourth))\\b");
    private static final Pattern CONDITION = Pattern.compile(
            "(?i)\\b(?:critical|serious|stable|fair|good|grave|life-threatening|non-life-threatening|critically"
                    + "|seriously|slightly|minor|gravely)\\b");

    private static String key(Figure f) {
        return f.kind() + " " + f.value() + " " + f.text().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * "The boy was rushed to a hospital, where he was pronounced dead": a definite single victim whose predicate
     * does not say the person survived (taken to hospital, shot, in critical condition) is most likely the one whose
     * death the same sentence reports, not a second casualty.
     */
    private static boolean sameVictim(Figure f) {
        return DEFINITE.matcher(f.text()).lookingAt() && !SURVIVED.matcher(f.text()).find();
    }

    private static final Pattern WILL_LIVE = Pattern.compile(
            "(?i)\\b(?:stable|good|fair|non-?life\\S*|nonlife\\S*|survived?|recover\\w*|minor|treated|released|graz\\w*"
                    + "|slightly|superficial)\\b");
    private static final Pattern DEFINITE = Pattern.compile("(?i)(?:the|he|she|his|her|this|that)\\b");
    private static final Pattern SURVIVED = Pattern.compile(
            "(?i)\\b(?:injur\\w*|wounded|hurt|stable|good|fair|non-life|survived?)\\b");

    /**
     * "17-year-old Demoraea Fennell was taken to Duke University Hospital, where he died": a single person's death
     * told by a pronoun later in the same sentence is the death of the person just named.
     */
    private static boolean pronounDeathAfter(List<Figure> figures, Figure f, List<Integer> sentenceStarts) {
        if (SURVIVED.matcher(f.text()).find()) {
            return false;
        }
        int s = sentenceIndex(sentenceStarts, f.start());
        for (Figure g : figures) {
            if (g.kind() == FigureKind.KILLED && g.value() == 1 && g.start() >= f.end()
                    && sentenceIndex(sentenceStarts, g.start()) == s && PRONOUN.matcher(g.text()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PRONOUN = Pattern.compile("(?i)(?:he|she)\\b");

    private static boolean hasKilledInSentence(List<Figure> figures, Figure f, List<Integer> sentenceStarts) {
        int s = sentenceIndex(sentenceStarts, f.start());
        for (Figure g : figures) {
            if (g.kind() == FigureKind.KILLED && !g.qualifier().equals(NumberWords.AT_LEAST)
                    && sentenceIndex(sentenceStarts, g.start()) == s) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceIndex(List<Integer> starts, int offset) {
        int lo = 0;
        int hi = starts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts.get(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
