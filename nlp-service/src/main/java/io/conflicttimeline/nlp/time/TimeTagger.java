package io.conflicttimeline.nlp.time;

import static io.conflicttimeline.nlp.time.TimeLexicon.COUNT;
import static io.conflicttimeline.nlp.time.TimeLexicon.MONTH_ABBR;
import static io.conflicttimeline.nlp.time.TimeLexicon.MONTH_ANY;
import static io.conflicttimeline.nlp.time.TimeLexicon.MONTH_FULL;
import static io.conflicttimeline.nlp.time.TimeLexicon.UNIT;
import static io.conflicttimeline.nlp.time.TimeLexicon.WEEKDAY;
import static io.conflicttimeline.nlp.time.TimeLexicon.YEAR;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based tagger of English temporal expressions with TimeML TIMEX3 extents and values.
 *
 * <p>Each rule is a precompiled pattern whose group {@code x} is the TimeML extent (prepositions such as "since"
 * stay outside, determiners and modifiers such as "the", "early", "more than" inside). All candidates are
 * collected, the longest non-overlapping ones kept, and then normalized in document order, because some values
 * ("a year earlier", "the quarter") depend on the expression mentioned before. Relative expressions are resolved
 * against the document date; the tense of the surrounding clause decides whether a bare weekday or month lies
 * before or after it. Immutable and thread-safe.
 *
 * <p>Speed: a single pre-scan ({@link AnchorScan}) finds the tokens each rule needs (a month name, a unit word, a
 * digit run...), and each rule's pattern is tried only at word starts in a few tokens' window around them, instead
 * of at every position of the text; the result is the same as a search over the whole text (see README.md, "Speed").
 */
public final class TimeTagger {

    enum Kind {
        ISO_DATE, MONTH_DAY, DAY_MONTH, MONTH_YEAR, MONTH, SEASON, YEAR, SPELLED_YEAR, DECADE, CENTURY, WEEKDAY,
        DAY_REL, POD_REL, CLOCK, CLOCK24, NOON, REL_UNIT, WEEKEND, AGO, DURATION, QUARTER, HALF, YEAR_AGO_ADJ,
        PERIOD, PRESENT_REF, PAST_REF, FUTURE_REF, VAGUE_FUTURE, EARLIER, CURRENT, SOON, SET, SET_WEEKDAY,
        SET_EVERY_N, SET_PER, HOLIDAY, MONTH_REL_YEAR, ANAPHORIC, YEAR_END, THE_UNIT, WEEK_OF, VAGUE_PLURAL, DECADE_WORD,
        DAY_CONJ, LONG_ADJ
    }

    /** A rule runs only on texts where its trigger (a word every match contains) occurs: most texts lack most words. */
    private record Rule(Kind kind, Pattern trigger, Pattern pattern, int before, int after, long bit) {
    }

    private record Candidate(int start, int end, Kind kind, MatchResult match, int order) {
        int length() {
            return end - start;
        }
    }

    /**
     * A normalized value before it becomes a TimeExpression; {@code direction} is the side of the reference date the
     * value was resolved to (or would be, once the document date is known), NONE when no direction was involved.
     */
    private record Norm(String type, String value, String anchor, boolean reference, Direction direction) {
        Norm(String type, String value, String anchor) {
            this(type, value, anchor, true, Direction.NONE);
        }

        /** A value derived from an earlier one ("a year earlier") must not become the new point of reference. */
        Norm derived() {
            return new Norm(type, value, anchor, false, direction);
        }

        /** The same value, resolved toward {@code dir}: consumers that learn the document date later need it. */
        Norm toward(Direction dir) {
            return new Norm(type, value, anchor, reference, dir);
        }
    }

    /** What earlier expressions of the same document established; local to one {@link #tag} call. */
    private static final class DiscourseState {
        String lastQuarter;
        int lastQuarterEnd = -10_000;
        LocalDate lastDay;
        int lastDayEnd = -10_000;
        YearMonth lastMonth;
        Integer lastYear;
        /** Where a longer reporting period ("the first nine months", "the first half") was last mentioned. */
        int lastLongPeriodEnd = -10_000;
    }

    enum Direction { PAST, FUTURE, NONE }

    private static final String MOD = "(?i:early|late|mid-?|the\\s+(?:end|beginning|start|middle|first\\s+half|second\\s+half|last\\s+half)\\s+of)";
    private static final String HOURS_OF = "(?i:the\\s+(?:early|small|wee)\\s+hours\\s+of|early)";

    /** Modal and scheduling words that make a bare weekday or month point forward ("could" only before a verb). */
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)\\b(?:would(?!\\s+have)|will|won't|wo\\s+n't|shall|going\\s+to|is\\s+to|are\\s+to|is\\s+due|are\\s+due|due\\s+to|scheduled|"
                    + "plans?\\s+to|planning\\s+to|expected\\s+to|expects?\\s+to|set\\s+to|intends?\\s+to|upcoming|"
                    + "next(?=\\s+(?:week|month|year|weekend|" + WEEKDAY.substring(3, WEEKDAY.length() - 1).toLowerCase(Locale.ROOT) + "))|"
                    + "to\\s+(?:meet|visit|hold|travel|attend|begin|start|vote|open|resume)|could(?=\\s+(?!not|n't|have)\\w)|"
                    + "is\\s+meeting|are\\s+meeting|ahead\\s+of|effective|as\\s+soon\\s+as|planned\\s+to|(?:postponed|delayed|adjourned)\\s+until)\\b|'ll\\b|\u2019ll\\b");
    private static final Pattern PAST_CUE = Pattern.compile(
            "(?i)\\b(?:was|were|had|did|said|told|ago|last|yesterday|earlier|began|came|went|took|gave|made|met|"
                    + "saw|wrote|spoke|left|fell|rose|struck|hit|shot|killed|sent|held|won|lost|got|led|found|since|"
                    + "brought|bought|sold|thought|caught|sought|fought|built|spent|kept|felt|paid|became|ran|chose|drove|"
                    + "broke|knew|grew|threw|flew|drew|withdrew|fled|stood|sat|shook|forgot|ate|"
                    + "\\w{2,}ed)\\b");
    /** The first words of the alternatives of FUTURE_CUE and PAST_CUE: a cue can only start at one of them. */
    private static final AnchorScan.Vocabulary FUTURE_CUE_WORDS = AnchorScan.Vocabulary.of(Set.of("would", "will", "won", "wo", "shall", "going", "is", "are",
            "due", "scheduled", "plan", "plans", "planning", "expected", "expect", "expects", "set", "intend", "intends",
            "upcoming", "next", "to", "could", "effective", "ahead", "as", "planned", "postponed", "delayed", "adjourned"));
    private static final AnchorScan.Vocabulary PAST_CUE_WORDS = AnchorScan.Vocabulary.of(Set.of("was", "were", "had", "did", "said", "told", "ago", "last",
            "yesterday", "earlier", "began", "came", "went", "took", "gave", "made", "met", "saw", "wrote", "spoke", "left",
            "fell", "rose", "struck", "hit", "shot", "killed", "sent", "held", "won", "lost", "got", "led", "found", "since",
            "brought", "bought", "sold", "thought", "caught", "sought", "fought", "built", "spent", "kept", "felt", "paid",
            "became", "ran", "chose", "drove", "broke", "knew", "grew", "threw", "flew", "drew", "withdrew", "fled", "stood",
            "sat", "shook", "forgot", "ate"));
    private static final Set<String> NOT_PAST = Set.of("need", "needed", "speed", "seed", "indeed", "proceed",
            "succeed", "exceed", "hundred", "feed", "bleed", "breed", "embed", "united", "scheduled", "planned",
            "expected", "red", "bed", "shed", "based", "related", "concerned", "interested", "proposed",
            "detailed", "limited", "advanced", "armed", "occupied", "ed");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("''|\u201D|(?<=[,.!?])\"");
    /** Reporting periods longer than a quarter: after one of them, "a year earlier" means the year, not the quarter. */
    private static final Pattern LONG_PERIOD = Pattern.compile("P(?:6|9)M|\\d{4}-H[12]");
    private static final Pattern LONG_PERIOD_TEXT = Pattern.compile("(?i)\\b(?:first|latest|nine|six|half)\\b");
    private static final Pattern WEEKDAY_AFTER_PARENTHESIS = Pattern.compile("^\\s*\\([^()]{1,20}\\)\\s*(" + WEEKDAY + ")\\b");
    /** How far back (in characters) the last mentioned day still anchors a bare clock time. */
    private static final int CLOCK_REFERENCE_DISTANCE = 1500;
    private static final Pattern CONVERSION_BEFORE = Pattern.compile("(?i)(?:[ap]\\.?m\\.?|\\d\\d)\\s*\\(\\s*$");
    /** "had been scheduled to expire Friday": a plan in the past perfect lies in the past. */
    private static final Pattern PAST_PERFECT_BEFORE = Pattern.compile("(?i)\\bhad\\s+(?:been\\s+)?(?:\\w+ly\\s+)?$");
    private static final Pattern PERFECT_BEFORE = Pattern.compile("(?i)\\b(?:has|have|'ve)\\s+(?:been\\s+)?$");
    private static final Pattern PASSIVE_AUXILIARY_BEFORE = Pattern.compile("(?i)\\b(?:(?:will|would|to)\\s+be|being|is|are|am)\\s+(?:\\w+ly\\s+)?$");
    private static final Pattern CONJOINED_DAY_BEFORE = Pattern.compile("(?<![\\w.])(?<mon>" + MONTH_ANY + ")\\s+[0-3]?\\d(?:st|nd|rd|th)?\\s+(?:and|or|to)\\s+$");
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+$");
    private static final Pattern ORDINAL_WORD = Pattern.compile("(?i)\\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\\b");
    private static final Pattern GENERIC_AFTER = Pattern.compile("(?i)^['\u2019]s\\s+(?:world|youth|society|generations?|young|children|kids|"
            + "families|women|men|people|standards|economy|technology|modern|personal|computers|consumers?|students|teenagers)\\b");
    private static final Pattern OF_BEFORE = Pattern.compile("(?i)\\b(?:of|for)\\s+$");
    private static final Pattern COORDINATED_PLURAL_AFTER = Pattern.compile("^\\s+(?:and|or)\\s+" + WEEKDAY + "\\s+(?i:(morning|afternoon|evening|night))s\\b");
    private static final Pattern DAY_SHIFT_BEFORE = Pattern.compile("(?i)(?<![\\w-])day\\s+(before|after)\\s+$");
    private static final Pattern YEARS_AFTER = Pattern.compile("(?i)^[\\s-]+years?\\b");
    /** "had only been in the job one day.": a length that ends its clause, not "one day Ukraine will…". */
    private static final Pattern CLAUSE_END_AFTER = Pattern.compile("^[.!?;]");
    /** Where a sentence ends; {@link #sentenceEndAt} is its hand-written form (TimeTaggerTest checks they agree). */
    static final Pattern SENTENCE_END = Pattern.compile("(?<![A-Z][a-z]{0,3})[.!?](?=\\s+[A-Z\"\u201C])|\\n");
    private static final Pattern REPORTING_BEFORE = Pattern.compile(
            "(?i)\\b(?:said|says|told|reported|announced|wrote|stated|warned|added|confirmed|claimed|was|were|had)\\s*,?\\s*$");
    private static final Pattern PAST_VERB_AFTER = Pattern.compile(
            "^\\s+(?i:(?!than\\b)(?:told|said|wrote|spoke|met|gave|made|took|sent|saw|announced|\\w{3,}ed)\\b)");
    private static final Pattern NOT_EARLIER_FOLLOWER = Pattern.compile(
            "^\\s*(?i:than|this|that\\s+(?:day|week|month|year|morning|afternoon|evening|night|season)|in|on|at|today|last|the|a|an|"
                    + "years?|months?|weeks?|days?|version|stages?|"
                    + "rounds?|reports?|statements?|comments?|remarks?|attempts?|,\\s*than)\\b");
    /** A quantity right before "a day", "a year": then the phrase is a rate ("300 shells a day"), not a duration. */
    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "(?i)(?:\\d|%|percent|million|billion|trillion|dollars|cents|times|once|twice)\\s*(?:[a-z]+\\s+)?$");

    // Contexts that accept() checks around a candidate (before = up to 40 chars before, after = 40 chars after).
    private static final Pattern PERIOD_END_AFTER = Pattern.compile("^\\s+(?:that\\s+)?(?:ended|ending|ends)\\b");
    private static final Pattern DURATION_CONTEXT_BEFORE = Pattern.compile(
            "(?s).*\\b(?:for|in|within|than|about|only|just|a|the|after|before|over|last|first|of|at|least|than|every|each|per|than|by)\\s+$");
    private static final Pattern VERB_LAST_BEFORE = Pattern.compile(
            "(?s).*\\b(?:will|would|could|may|might|to|can|should|did|does|do|must|not|n't|cannot|which|that|it|they)\\s+$");
    private static final Pattern MARCH_NOUN_BEFORE = Pattern.compile("(?s).*\\b(?:the|a|an|annual)\\s+$");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?s).*(?:\\b(?:a|an|the|its|his|her|their|our|this|that)|['\u2019]s)\\s+$");
    private static final Pattern PARTICIPLE_AFTER = Pattern.compile("(?s)^\\s+[a-z]+(?:ed|en|wn|ne)\\b.*");
    private static final Pattern DURATION_PREPOSITION_BEFORE = Pattern.compile("(?s).*\\b(?:for|in|within|than|about|only|just|half)\\s+$");
    private static final Pattern MAY_MONTH_BEFORE = Pattern.compile("(?s).*\\b(?:in|since|until|till|by|of|from|through|during|before|after|between|early|late|last|"
                            + "next|this|and|to|mid)\\s+$");
    private static final Pattern MAY_VERB_AFTER = Pattern.compile("(?s)^\\s+(?:be|have|not|also|well)\\b.*");
    private static final Pattern MARCH_VERB_AFTER = Pattern.compile("(?s)^\\s+(?:on|to|through|against|in)\\b.*");
    private static final Pattern MARCH_MONTH_BEFORE = Pattern.compile("(?s).*\\b(?:in|since|until|by|of|from|during)\\s+$");
    private static final Pattern NUMBER_LABEL_BEFORE = Pattern.compile("(?s).*(?:No\\.|no\\.|number|Flight|flight|Route|route|Article|article|Resolution|resolution|"
                        + "Boeing|Airbus|model|Model|\\$|Section|section|Chapter|page|Page|room|Room)\\s*$");
    private static final Pattern FRACTION_OF_AFTER = Pattern.compile("(?s)^\\s+of\\s+(?:a|an|the|its|his|her|their|our|all|those|these|[0-9])\\b.*");
    private static final Pattern FRACTION_COUNT_BEFORE = Pattern.compile("(?s).*\\b(?:a|one|three|two)\\s+$");
    private static final Pattern HALF_OF_AFTER = Pattern.compile("(?s)^\\s+of\\s+(?:the|a|an|his|its|their)\\b.*");
    private static final Pattern NUMBER_BEFORE = Pattern.compile("(?s).*[\\d.,]$");
    private static final Pattern COMPARATIVE_BEFORE = Pattern.compile("(?s).*\\b(?:an?|the|much|far|even|slightly|no|than|is|are|days|weeks|months|years|hours|minutes|"
                        + "ago|year|week|month|day|hour)\\s*$");
    private static final Pattern SENTENCE_START_BEFORE = Pattern.compile("(?s).*[.!?\\n]\\s*$");
    private static final Pattern AS_SOON_BEFORE = Pattern.compile("(?s).*\\b(?:as|too|how|so)\\s+$");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?s).*\\b(?:the|a)\\s+$");
    private static final Pattern CALENDAR_UNIT_AFTER = Pattern.compile("(?s)^\\s+(?:quarter|year|month|week|period)\\b.*");

    // String.matches and replaceAll would compile their pattern on every call
    private static final Pattern ISO_DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern YEAR_NUMBER = Pattern.compile("(?:1[6-9]|20)\\d\\d");
    private static final Pattern QUARTER_VALUE_OR_X = Pattern.compile("\\d{4}-Q[1-4X]");
    private static final Pattern QUARTER_VALUE = Pattern.compile("\\d{4}-Q[1-4]");
    private static final Pattern MONTH_OR_DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2}.*)?");
    private static final Pattern DAY_VALUE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern YEAR_VALUE_PREFIX = Pattern.compile("\\d{4}(?:-.*)?");
    private static final Pattern MINUTE_VALUE = Pattern.compile(".*T\\d{2}:\\d{2}");
    private static final Pattern HOUR_VALUE = Pattern.compile(".*T\\d{2}");
    private static final Pattern PART_OF_DAY_VALUE = Pattern.compile(".*T(?:MO|AF|EV|NI|DT)");
    private static final Pattern DAY_VALUE = Pattern.compile("[\\dX]{4}-[\\dX]{2}-[\\dX]{2}");
    private static final Pattern WEEKDAY_VALUE = Pattern.compile("[\\dX]{4}-W[\\dX]{2}-\\d");
    private static final Pattern WEEK_VALUE = Pattern.compile("[\\dX]{4}-W[\\dX]{2}(?:-WE)?");
    private static final Pattern MONTH_VALUE = Pattern.compile("[\\dX]{4}-[\\dX]{2}");
    private static final Pattern SEASON_VALUE = Pattern.compile("[\\dX]{4}-(?:SP|SU|FA|WI)");
    private static final Pattern QUARTER_OR_HALF_VALUE = Pattern.compile("[\\dX]{4}-(?:Q[\\dX]|H[12])");
    private static final Pattern YEAR_VALUE = Pattern.compile("[\\dX]{4}");
    private static final Pattern DECADE_VALUE = Pattern.compile("[\\dX]{3}");
    private static final Pattern CENTURY_VALUE = Pattern.compile("[\\dX]{2}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Tense against distance when choosing the year of a bare month, in tenths of a month. */
    private static final int MONTH_TENSE_WEIGHT = 45;
    /** Tense against distance when choosing the year of a month-day, in days. */
    /** A tense cue after the expression counts as this many tenths of its distance (the governing verb usually precedes). */
    private static final int AFTER_WEIGHT = 20;
    private static final int DAY_TENSE_WEIGHT = 200;

    private static final String MONTH_TRIGGER = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
    private static final Map<Kind, Pattern> TRIGGERS = triggers();

    private static Map<Kind, Pattern> triggers() {
        Map<Kind, String> t = new EnumMap<>(Kind.class);
        t.put(Kind.ISO_DATE, "\\d{4}-\\d\\d-\\d\\d");
        for (Kind k : List.of(Kind.MONTH_DAY, Kind.DAY_MONTH, Kind.MONTH_YEAR, Kind.MONTH, Kind.MONTH_REL_YEAR, Kind.WEEK_OF)) {
            t.put(k, MONTH_TRIGGER);
        }
        t.put(Kind.SEASON, "(?i)summer|winter|spring|fall|autumn");
        t.put(Kind.YEAR, "(?:1[6-9]|20)\\d\\d");
        t.put(Kind.SPELLED_YEAR, "(?i)nineteen|thousand");
        t.put(Kind.DECADE, "0s");
        t.put(Kind.CENTURY, "(?i)century");
        t.put(Kind.WEEKDAY, "day");
        t.put(Kind.DAY_REL, "(?i)today|tonight|yesterday|tomorrow|overnight|night");
        t.put(Kind.POD_REL, "(?i)morning|afternoon|evening");
        t.put(Kind.CLOCK, "(?i)[ap]\\.?m");
        t.put(Kind.CLOCK24, "(?i)GMT|UTC|local");
        t.put(Kind.NOON, "(?i)noon|midnight|midday");
        t.put(Kind.REL_UNIT, "(?i)week|month|year|quarter|decade|century");
        t.put(Kind.WEEKEND, "(?i)weekend");
        t.put(Kind.AGO, "(?i)ago|earlier|later|now|hence");
        t.put(Kind.QUARTER, "(?i)quarter");
        t.put(Kind.HALF, "(?i)half");
        t.put(Kind.YEAR_AGO_ADJ, "(?i)year-");
        t.put(Kind.PERIOD, "(?i)period");
        t.put(Kind.PRESENT_REF, "(?i)now|current|present|days|moment");
        t.put(Kind.CURRENT, "(?i)current");
        t.put(Kind.PAST_REF, "(?i)recent|previous|former|lately|past");
        t.put(Kind.FUTURE_REF, "(?i)future|soon|term|later");
        t.put(Kind.VAGUE_FUTURE, "(?i)days|weeks|months|years|decades");
        t.put(Kind.SOON, "(?i)soon");
        t.put(Kind.EARLIER, "(?i)earlier");
        t.put(Kind.SET, "(?i)ly\\b|every|each");
        t.put(Kind.SET_WEEKDAY, "(?i)every|each");
        t.put(Kind.SET_EVERY_N, "(?i)every");
        t.put(Kind.SET_PER, "(?i)year|month|week|day");
        t.put(Kind.HOLIDAY, "Christmas|Year|Thanksgiving|Election");
        t.put(Kind.ANAPHORIC, "(?i)that|next|following|previous");
        t.put(Kind.YEAR_END, "(?i)year");
        t.put(Kind.THE_UNIT, "(?i)year|week");
        t.put(Kind.VAGUE_PLURAL, "(?i)for|within");
        t.put(Kind.DECADE_WORD, "(?i)ties");
        t.put(Kind.LONG_ADJ, "(?i)s?-long");
        t.put(Kind.DAY_CONJ, "(?:and|or)\\s+[0-3]?\\d");
        Map<Kind, Pattern> compiled = new EnumMap<>(Kind.class);
        t.forEach((k, v) -> compiled.put(k, Pattern.compile(v)));
        return Collections.unmodifiableMap(compiled);
    }


    /**
     * Anchor words of a rule (lowercase; {@code #} = any digit run, {@code #4} = four digits, {@code #2} = one or two):
     * every match contains one as a whole token. A match
     * has at most {@code before} tokens before its first anchor and at most {@code after} tokens after it (generous
     * bounds read off the pattern; tokens, not characters, so that whitespace runs do not matter). {@code prefix}, when
     * given, lists every word that can precede the first anchor inside a match: the window then ends at the first
     * other word, which keeps the windows of the costly rules short.
     */
    private record Anchor(int before, int after, String words, String prefix) {
        Anchor(int before, int after, String words) {
            this(before, after, words, null);
        }
    }

    private static final String MONTH_WORDS = "january february march april may june july august september october november "
            + "december jan feb mar apr jun jul aug sept sep oct nov dec";
    private static final String UNIT_WORDS = "second seconds minute minutes hour hours day days week weeks fortnight fortnights "
            + "month months quarter quarters year years decade decades centuries century";
    private static final String NUMBER_WORDS = "# one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen a an few couple of several many another additional further";
    private static final String MOD_WORDS = "early late mid the end beginning start middle first second last half of";
    private static final String WEEKDAY_WORDS = "monday tuesday wednesday thursday friday saturday sunday";
    private static final Map<Kind, Anchor> ANCHORS = anchors();

    private static Map<Kind, Anchor> anchors() {
        Map<Kind, Anchor> a = new EnumMap<>(Kind.class);
        a.put(Kind.ISO_DATE, new Anchor(1, 3, "#4"));
        a.put(Kind.MONTH_DAY, new Anchor(8, 5, MONTH_WORDS, "the early small wee hours of late mid " + WEEKDAY_WORDS));
        a.put(Kind.DAY_MONTH, new Anchor(7, 3, MONTH_WORDS, "# the st nd rd th of " + WEEKDAY_WORDS));
        a.put(Kind.MONTH_YEAR, new Anchor(6, 3, MONTH_WORDS, MOD_WORDS));
        a.put(Kind.MONTH, new Anchor(5, 2, MONTH_WORDS, "last next this past coming early late mid earlier later the end beginning start middle of"));
        a.put(Kind.SEASON, new Anchor(4, 3, "summer winter spring fall autumn"));
        a.put(Kind.YEAR, new Anchor(10, 2, "#4", MOD_WORDS + " spring summer fall autumn winter fiscal calendar year model"));
        a.put(Kind.SPELLED_YEAR, new Anchor(6, 4, "nineteen thousand"));
        a.put(Kind.DECADE, new Anchor(4, 0, "s", "# the early late mid"));
        a.put(Kind.CENTURY, new Anchor(4, 0, "century", "# the st nd rd th"));
        a.put(Kind.WEEKDAY, new Anchor(8, 3, WEEKDAY_WORDS + " mondays tuesdays wednesdays thursdays fridays saturdays sundays", "the early small wee hours of last next this past coming late on previous following"));
        a.put(Kind.DAY_REL, new Anchor(4, 3, "today tonight yesterday tomorrow overnight night"));
        a.put(Kind.POD_REL, new Anchor(4, 2, "morning afternoon evening"));
        a.put(Kind.CLOCK, new Anchor(6, 5, "m am pm", "# a p about around approximately shortly after before just"));
        a.put(Kind.CLOCK24, new Anchor(3, 2, "gmt utc local", "#"));
        a.put(Kind.NOON, new Anchor(1, 2, "noon midnight midday"));
        a.put(Kind.REL_UNIT, new Anchor(9, 2, "week month year quarter decade century weekend", MOD_WORDS + " earlier later this next past coming previous current following same fiscal calendar"));
        a.put(Kind.WEEKEND, new Anchor(2, 1, "weekend"));
        a.put(Kind.AGO, new Anchor(12, 2, "ago earlier later now hence", NUMBER_WORDS + " about around approximately nearly almost roughly some just only more than less over barely or so from " + UNIT_WORDS));
        a.put(Kind.DURATION, new Anchor(16, 20, UNIT_WORDS, NUMBER_WORDS + " the past last next first final coming previous following initial remaining latest full year earlier ago entire whole around approximately nearly roughly some more than less fewer up to at least most or straight consecutive"));
        a.put(Kind.QUARTER, new Anchor(13, 8, "quarter", "# the this last next year s its their fiscal calendar latest current recent most ago earlier previous prior same comparable just ended completed past preceding first second third fourth st nd rd th final"));
        a.put(Kind.HALF, new Anchor(9, 5, "half", "# the this last next year s first second st nd"));
        a.put(Kind.YEAR_AGO_ADJ, new Anchor(3, 4, "year"));
        a.put(Kind.PERIOD, new Anchor(5, 6, "period"));
        a.put(Kind.PRESENT_REF, new Anchor(4, 1, "now currently nowadays days present presently moment"));
        a.put(Kind.CURRENT, new Anchor(2, 1, "current"));
        a.put(Kind.PAST_REF, new Anchor(2, 2, "recently previously formerly lately past recent"));
        a.put(Kind.FUTURE_REF, new Anchor(6, 3, "future soon possible term later date"));
        a.put(Kind.VAGUE_FUTURE, new Anchor(5, 2, "days weeks months years decades"));
        a.put(Kind.SOON, new Anchor(1, 1, "soon"));
        a.put(Kind.EARLIER, new Anchor(1, 1, "earlier"));
        a.put(Kind.SET, new Anchor(3, 4, "daily weekly monthly annually yearly hourly nightly every each once twice times"));
        a.put(Kind.SET_WEEKDAY, new Anchor(1, 4, "every each"));
        a.put(Kind.SET_EVERY_N, new Anchor(1, 6, "every"));
        a.put(Kind.SET_PER, new Anchor(2, 1, "year month week day"));
        a.put(Kind.HOLIDAY, new Anchor(0, 5, "christmas new thanksgiving election"));
        a.put(Kind.MONTH_REL_YEAR, new Anchor(1, 5, MONTH_WORDS));
        a.put(Kind.ANAPHORIC, new Anchor(2, 3, "that next following previous", "earlier later the"));
        a.put(Kind.YEAR_END, new Anchor(1, 3, "year"));
        a.put(Kind.THE_UNIT, new Anchor(3, 1, "year week"));
        a.put(Kind.WEEK_OF, new Anchor(2, 5, "week"));
        a.put(Kind.VAGUE_PLURAL, new Anchor(1, 1, "years weeks months days decades centuries hours minutes"));
        a.put(Kind.LONG_ADJ, new Anchor(2, 1, "long"));
        a.put(Kind.DAY_CONJ, new Anchor(1, 1, "#2"));
        a.put(Kind.DECADE_WORD, new Anchor(5, 1, "twenties thirties forties fifties sixties seventies eighties nineties"));
        return Collections.unmodifiableMap(a);
    }

    private final List<Rule> rules;
    private final AnchorScan.Vocabulary vocabulary;

    public TimeTagger() {
        List<Rule> r = new ArrayList<>();
        add(r, Kind.ISO_DATE, "(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)");
        add(r, Kind.MONTH_DAY, "(?:" + HOURS_OF + "\\s+)?(?:(?<wd>" + WEEKDAY + ")" + ",?\\s+)?(?:(?<mod>(?i:early|late|mid-?))\\s+)?"
                + "(?<mon>" + MONTH_ANY + ")\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<y>" + YEAR + "))?"
                + "(?!\\d|:\\d|,\\d|\\s*(?:%|percent))");
        add(r, Kind.DAY_MONTH, "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:(?i:the)\\s+)?(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
                + "(?<mon>" + MONTH_ANY + ")(?:,?\\s+(?<y>" + YEAR + "))?");
        add(r, Kind.MONTH_YEAR, "(?:(?<mod>" + MOD + ")\\s*)?(?<mon>" + MONTH_FULL + "|" + MONTH_ABBR + ")\\s*,?\\s+(?:of\\s+)?(?<y>" + YEAR + ")(?![\\d,.]\\d)");
        add(r, Kind.MONTH, "(?:(?<det>(?i:last|next|this|this\\s+past|this\\s+coming|early|late|mid-|earlier\\s+this|later\\s+this|"
                + "the\\s+(?:end|beginning|start|middle)\\s+of))(?:\\s+|(?<=-)))?(?<mon>" + MONTH_FULL + ")");
        add(r, Kind.SEASON, "(?:(?<det>(?i:last|next|this|this\\s+past|this\\s+coming|early|late|the|mid-|earlier\\s+this|later\\s+this))(?:\\s+|(?<=-)))?"
                + "(?<s>(?i:summer|winter|spring|fall|autumn))(?:\\s+(?:of\\s+)?(?<y>" + YEAR + "))?");
        add(r, Kind.YEAR, "(?:(?<mod>" + MOD + "|(?i:the\\s+(?:spring|summer|fall|autumn|winter)\\s+of))\\s*)?"
                + "(?:(?<pre>(?i:fiscal|calendar|the\\s+year|the\\s+fiscal\\s+year|model\\s+year|the\\s+first\\s+half\\s+of))\\s+)?"
                + "(?<y>" + YEAR + ")(?![\\d,.]\\d|\\s*(?:%|percent)|-(?:year|old|strong|member|page)|\\s+(?:people|troops|soldiers|men|women|"
                + "children|cases|votes|deaths|points|miles|kilometers|meters|feet|dollars|shares|jobs|units|tons|acres)\\b)");
        add(r, Kind.SPELLED_YEAR, "(?:(?<mon>" + MONTH_FULL + ")\\s+|(?i:the\\s+)?(?<s>(?i:summer|winter|spring|fall|autumn))\\s+(?i:of)\\s+|(?i:the\\s+year)\\s+)?(?i:(?<hi>nineteen)[\\s-](?<lo>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                + "(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                + "eighteen|nineteen)|two\\s+thousand(?:\\s+and\\s+(?<lo2>one|two|three|four|five|six|seven|eight|nine|ten))?)");
        add(r, Kind.DECADE, "(?:(?i:the)\\s+)?(?:(?<mod>(?i:early|late|mid-?))\\s*)?(?:(?<c>1[5-9]|20)(?<d>\\d)0|'(?<d2>\\d)0)s");
        add(r, Kind.CENTURY, "(?:(?i:the)\\s+)?(?<n>\\d{1,2})(?:st|nd|rd|th)[\\s-]+(?i:century)");
        add(r, Kind.WEEKDAY, "(?:" + HOURS_OF + "\\s+)?(?:(?<det>(?i:last|next|this|this\\s+past|this\\s+coming|coming|late|early\\s+on|late\\s+on|the\\s+previous|the\\s+following))\\s+)?"
                + "(?<wd>" + WEEKDAY + ")(?<pl>s)?(?:\\s+(?<pod>(?i:morning|afternoon|evening|night))(?<podpl>s)?)?");
        add(r, Kind.DAY_REL, "(?:(?<pre>(?i:early|late|earlier|later))\\s+)?(?<w>(?i:today|tonight|yesterday|tomorrow|overnight|last\\s+night))"
                + "(?:\\s+(?<pod>(?i:morning|afternoon|evening|night)))?");
        add(r, Kind.POD_REL, "(?:(?<det>(?i:this|early\\s+this|late\\s+this|later\\s+this|earlier\\s+this))\\s+|(?i:mid-|mid\\s+))(?<pod>(?i:morning|afternoon|evening))"
                + "(?:\\s+(?<rel>(?i:yesterday|today|tomorrow)))?");
        add(r, Kind.CLOCK, "(?:(?i:about|around|approximately|shortly\\s+(?:after|before)|just\\s+(?:after|before))\\s+)?(?<h>[01]?\\d)"
                + "(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>(?i:a\\.m\\.?|p\\.m\\.?|am|pm))(?:\\s+(?<tz>EST|EDT|GMT|UTC|CET|(?i:local\\s+time)))?"
                + "(?:\\s+(?<rel>" + WEEKDAY + "|(?i:today|yesterday|tomorrow))|,?\\s+(?<rmon>" + MONTH_ANY + ")\\s+(?<rday>[0-3]?\\d)(?!\\d))?");
        add(r, Kind.CLOCK24, "(?<h>[0-2]?\\d):?(?<mi>[0-5]\\d)\\s*(?<tz>GMT|UTC|(?i:local\\s+time))");
        add(r, Kind.NOON, "(?<!(?i:high)\\s)(?<nm>(?i:noon|midnight|midday))(?:\\s+(?<rel>" + WEEKDAY + "|(?i:today|yesterday|tomorrow)))?");
        add(r, Kind.REL_UNIT, "(?:(?<mod>(?i:early|late|mid-|earlier|later|the\\s+(?:end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of))(?:\\s+|(?<=-)))?"
                + "(?<det>(?i:this|last|next|past|coming|previous|current|the\\s+(?:past|last|previous|coming|next|current|following|same)|the))"
                + "\\s+(?:(?i:fiscal|calendar)\\s+)?(?<u>(?i:week|month|year|quarter|decade|century|weekend))");
        add(r, Kind.WEEKEND, "(?i:the)\\s+(?i:weekend)");
        add(r, Kind.AGO, "(?:(?<q>(?i:about|around|approximately|nearly|almost|roughly|some|just|only|more\\s+than|less\\s+than|over|barely))\\s+)?"
                + "(?<n>(?i:" + COUNT + "))[\\s-]+(?<u>(?i:" + UNIT + "))(?:\\s+(?i:or\\s+so))?\\s+(?<dir>(?i:ago|earlier|later|from\\s+now|hence))");
        add(r, Kind.DURATION, "(?:(?i:the)\\s+)?(?:(?<dt>(?i:past|last|next|first|final|coming|previous|following|initial|remaining|latest|full|year-earlier|year-ago|"
                + "entire|whole))\\s+)?(?:(?<q>(?i:around|approximately|nearly|roughly|some|more\\s+than|less\\s+than|fewer\\s+than|"
                + "up\\s+to|at\\s+least|at\\s+most|another|an\\s+additional|a\\s+further))\\s+)?"
                + "(?<n>(?i:" + COUNT + "))(?:\\s+(?i:to|or)\\s+(?<n2>(?i:" + COUNT + ")))?(?:\\s+(?i:more|additional|straight|consecutive))?"
                + "(?<sep>[\\s-]+)(?<u>(?i:" + UNIT + "))"
                + "(?<half>\\s+(?i:and\\s+a\\s+half))?(?:-long)?(?:\\s+(?<or>(?i:or\\s+so|or\\s+two|or\\s+more)))?(?![\\w-]|\\s+old\\b)");
        String quarterPrefix = "(?:(?i:the)\\s+)?(?:(?<yp>(?i:this\\s+year|last\\s+year|next\\s+year|the\\s+year))['\u2019]s\\s+|(?<y0>" + YEAR + ")(?:['\u2019]s)?\\s+)?";
        add(r, Kind.QUARTER, quarterPrefix + "(?:(?<the>(?i:the|its|their))\\s+)?(?<adj>(?:(?i:fiscal|calendar|latest|current|recent|most\\s+recent|"
                + "year-ago|year-earlier|previous|prior|prior-year|same|comparable|just-ended|just-completed|past|preceding|first|second|third|"
                + "fourth|1st|2nd|3rd|4th|final|last)[\\s-]+){0,3})(?i:quarter)(?![\\w-])(?:\\s+(?:of\\s+)?(?:(?i:fiscal)\\s+)?(?<y>" + YEAR + ")"
                + "|\\s+of\\s+(?<yr>(?i:this|last|next))\\s+(?i:year))?(?<ago>\\s+(?i:a\\s+year\\s+(?:ago|earlier)|last\\s+year))?");
        add(r, Kind.HALF, quarterPrefix + "(?:(?<the>(?i:the))\\s+)?(?<ord>(?i:first|second|1st|2nd))[\\s-]+(?i:half)(?![\\w-])"
                + "(?:\\s+of\\s+(?:(?i:fiscal)\\s+)?(?<y>" + YEAR + ")|\\s+of\\s+(?<yr>(?i:this|last|next))\\s+(?i:year))?");
        add(r, Kind.YEAR_AGO_ADJ, "(?:(?i:the)\\s+(?=\\S+\\s+(?i:quarter|period)\\b))?(?<a>(?i:year-earlier|year-ago|prior-year))(?:\\s+(?<n>(?i:quarter|period)))?");
        add(r, Kind.PERIOD, "(?i:the)\\s+(?:(?<y>" + YEAR + ")|(?i:latest|year-ago|year-earlier)|(?<same>(?i:same|corresponding|comparable)))\\s+(?i:period)"
                + "(?<ago>\\s+(?i:a\\s+year\\s+(?:ago|earlier)|last\\s+year|of\\s+(?:the\\s+previous|last)\\s+year))?");
        add(r, Kind.PRESENT_REF, "(?i:right\\s+now|now|currently|nowadays|these\\s+days|at\\s+present|presently|at\\s+the\\s+moment)(?![\\w-])");
        add(r, Kind.CURRENT, "(?<then>(?i:then)[\\s-])?(?i:current)(?=\\s+(?!account|accounts|affairs|events|assets|liabilities|prices|dollars|level|levels)[a-z])");
        add(r, Kind.PAST_REF, "(?i:(?:more\\s+)?recently|previously|formerly|lately|the\\s+past|recent\\s+(?:days|weeks|months|years|decades|times|history))(?![\\w-])");
        add(r, Kind.FUTURE_REF, "(?i:the\\s+(?:(?:near|not-too-distant|foreseeable)\\s+)?future|as\\s+soon\\s+as\\s+possible|the\\s+(?:near|short)\\s+term|a\\s+later\\s+date)");
        add(r, Kind.VAGUE_FUTURE, "(?i:the\\s+(?:coming|next|following|past|last)\\s+(?:few\\s+|several\\s+)?(?<u>days|weeks|months|years|decades)"
                + "|the\\s+(?<u2>days|weeks|months|years)\\s+ahead|(?:coming|recent)\\s+(?<u3>days|weeks|months|years))");
        add(r, Kind.SOON, "(?i:soon)(?!\\s+(?:after|afterwards?|as|thereafter|enough|to\\s+be)\\b)");
        add(r, Kind.EARLIER, "(?i:earlier)");
        add(r, Kind.SET, "(?i:daily|weekly|monthly|annually|yearly|hourly|nightly|every\\s+(?:other\\s+)?(?:day|week|month|year|morning|afternoon|"
                + "evening|night|weekend|quarter|summer|winter|spring|autumn|fall)|each\\s+(?:day|week|month|year|morning|night|summer|winter)|"
                + "(?:once|twice|three\\s+times|four\\s+times|several\\s+times|\\d+\\s+times)\\s+(?:a|an|per|every|each)\\s+"
                + "(?:day|week|month|year|decade))");
        add(r, Kind.SET_WEEKDAY, "(?i:every|each)\\s+(?:(?<wd>" + WEEKDAY + ")(?:\\s+(?<pod>(?i:morning|afternoon|evening|night)))?|(?<mon>" + MONTH_FULL + "))");
        add(r, Kind.SET_EVERY_N, "(?i:every)\\s+(?<n>(?i:" + COUNT + "))\\s+(?<u>(?i:" + UNIT + "))");
        add(r, Kind.SET_PER, "(?i:a|an|per)\\s+(?<u>(?i:year|month|week|day))(?![\\w-])");
        add(r, Kind.HOLIDAY, "(?<h>Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['\u2019]s(?:\\s+(?:Day|Eve))?|Thanksgiving(?:\\s+Day)?|Election\\s+Day)(?:\\s+(?<y>" + YEAR + "))?");
        add(r, Kind.MONTH_REL_YEAR, "(?<mon>" + MONTH_FULL + ")\\s+(?:(?i:of)\\s+)?(?<rel>(?i:this|last|next))\\s+(?i:year)");
        add(r, Kind.ANAPHORIC, "(?:(?<pre>(?i:earlier|later))\\s+)?(?i:that)\\s+(?:(?i:same)\\s+)?(?<u>(?i:day|week|month|quarter|year|morning|afternoon|evening|night))"
                + "|(?i:the)\\s+(?<dir>(?i:next|following|previous))\\s+(?<u2>(?i:day|morning|afternoon|evening|night))");
        add(r, Kind.YEAR_END, "(?i:year-end|year\\s+end|year['\u2019]s\\s+end)");
        add(r, Kind.THE_UNIT, "(?i:the\\s+(?:full|fiscal|calendar)\\s+(?<u>year)|(?<=\\b(?i:for|in)\\s)the\\s+(?<u2>year|week))(?![\\w-]|\\s+(?:of|before|after|ahead)\\b)");
        add(r, Kind.WEEK_OF, "(?i:the\\s+week\\s+of)\\s+(?<mon>" + MONTH_ANY + ")\\s+(?<d>[0-3]?\\d)(?!\\d)");
        add(r, Kind.VAGUE_PLURAL, "(?<=\\b(?i:for|within)\\s)(?<u>(?i:years|weeks|months|days|decades|centuries|hours|minutes))");
        // "a day-long meeting", "the decades-long battle": a length without a count
        add(r, Kind.LONG_ADJ, "(?<u>(?i:hour|day|week|month|year|decade|centur(?:y|ie)))(?<pl>s)?-(?i:long)");
        // the second day of "April 24 and 25" (accept() checks the month-day before it)
        add(r, Kind.DAY_CONJ, "(?<d>[0-3]?\\d)(?!\\d|\\s*(?:%|percent|[.,]\\d))");
        add(r, Kind.DECADE_WORD, "(?:(?i:the)\\s+)?(?:(?<mod>(?i:early|late|mid-?))\\s*)?(?i:(?:nineteen-)?(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))");
        this.rules = List.copyOf(r);
        this.vocabulary = vocabulary(this.rules);
    }

    private static void add(List<Rule> rules, Kind kind, String body) {
        rules.add(new Rule(kind, TRIGGERS.get(kind), Pattern.compile("(?<![\\w$\u00A3\u20AC#'\u2019])(?<x>" + body + ")(?![\\w])"),
                ANCHORS.get(kind).before(), ANCHORS.get(kind).after(), 1L << rules.size()));
    }

    private static AnchorScan.Vocabulary vocabulary(List<Rule> rules) {
        if (rules.size() > Long.SIZE) {
            throw new IllegalStateException("a rule mask holds at most 64 rules");
        }
        Map<String, Long> words = new HashMap<>();
        Map<String, Long> prefixWords = new HashMap<>();
        long digits = 0;
        long fourDigits = 0;
        long shortDigits = 0;
        long digitPrefix = 0;
        long anyPrefix = 0;
        for (int i = 0; i < rules.size(); i++) {
            long bit = rules.get(i).bit();
            Anchor anchor = ANCHORS.get(rules.get(i).kind());
            for (String w : anchor.words().split(" ")) {
                if (w.equals("#")) {
                    digits |= bit;
                } else if (w.equals("#4")) {
                    fourDigits |= bit;
                } else if (w.equals("#2")) {
                    shortDigits |= bit;
                } else {
                    words.merge(w, bit, (a, b) -> a | b);
                }
            }
            if (anchor.prefix() == null) {
                anyPrefix |= bit;
                continue;
            }
            for (String w : anchor.prefix().split(" ")) {
                if (w.equals("#")) {
                    digitPrefix |= bit;
                } else {
                    prefixWords.merge(w, bit, (a, b) -> a | b);
                }
            }
        }
        return new AnchorScan.Vocabulary(words, new long[] {digits, digits | shortDigits, digits | shortDigits, digits,
            digits | fourDigits}, prefixWords, digitPrefix, anyPrefix);
    }

    /** Tags the temporal expressions of {@code text}, resolving relative ones against {@code dct} when known. */
    public List<TimeExpression> tag(String original, DocumentDate dct) {
        if (original == null || original.isEmpty()) {
            return List.of();
        }
        String text = foldSeparators(original);
        LocalDate anchor = dct == null ? null : dct.value();
        List<Candidate> candidates = new ArrayList<>();
        AnchorScan scan = new AnchorScan(text, vocabulary, rules.size());
        int length = text.length();
        int order = 0;
        for (int ri = 0; ri < rules.size(); ri++) {
            Rule rule = rules.get(ri);
            order++;
            int anchorCount = scan.anchorCount(ri);
            if (anchorCount == 0) {
                continue;
            }
            int[] anchors = scan.anchors(ri);
            Matcher m = rule.pattern().matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            int gate = rule.trigger() == null ? 1 : 0;
            int from = 0;
            int next = 0;
            int scanned = 0;
            while (from < length) {
                // The leftmost match starting at or after `from`, as find(from) over the whole text would return it:
                // its first anchor token lies at or after `from`; the match starts after at most `before` tokens
                // (all of them prefix words) ahead of that anchor and ends within `after` tokens past it. Anchors are
                // tried in order; positions before `scanned` are known to start no match.
                boolean found = false;
                while (next < anchorCount) {
                    int k = anchors[next];
                    int anchorStart = scan.start(k);
                    if (anchorStart >= from) {
                        int first = k;
                        int limit = Math.max(0, k - rule.before());
                        while (first > limit && (scan.prefixMask(first - 1) & rule.bit()) != 0) {
                            first--;
                        }
                        int lo = Math.max(Math.max(from, scanned), first > 0 ? scan.end(first - 1) : 0);
                        if (lo <= anchorStart) {
                            int hi = k + rule.after() + 1 < scan.tokenCount() ? scan.start(k + rule.after() + 1) : length;
                            int at = matchAt(m, text, lo, anchorStart, hi);
                            if (at >= 0) {
                                scanned = at;
                                found = true;
                                break;
                            }
                        }
                        scanned = Math.max(scanned, anchorStart + 1);
                    }
                    next++;
                }
                if (!found) {
                    break;
                }
                int start = extentStart(rule.kind(), m);
                int end = m.end("x");
                if (end > start && accept(rule.kind(), m, text)) {
                    // the trigger gate only matters once the rule would contribute a candidate
                    if (gate == 0) {
                        gate = triggerOccurs(rule.trigger(), text, m.start(), m.end()) ? 1 : -1;
                    }
                    if (gate < 0) {
                        break;
                    }
                    candidates.add(new Candidate(start, end, rule.kind(), m.toMatchResult(), order));
                    from = end;
                } else {
                    // a rejected match may hide a shorter acceptable one inside it ("will last a year" -> "a year")
                    from = m.start() + 1;
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::order)
                .thenComparingInt(Candidate::start));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean overlaps = false;
            for (Candidate k : chosen) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        DiscourseState state = new DiscourseState();
        List<TimeExpression> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            Norm n = normalize(c, text, anchor, state);
            if (n == null) {
                continue;
            }
            if (n.reference()) {
                remember(state, n.value(), c.end(), anchor, n.value().contains("-Q") && ORDINAL_WORD.matcher(c.match().group("x")).find()
                        && (PERIOD_END_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 20))).find()
                        || direction(text, c.start(), c.end()) == Direction.PAST));
            }
            if (LONG_PERIOD.matcher(n.value()).matches() && LONG_PERIOD_TEXT.matcher(c.match().group("x")).find()) {
                state.lastLongPeriodEnd = c.end();
            }
            int start = c.start();
            Matcher dayShift = DAY_SHIFT_BEFORE.matcher(text.substring(Math.max(0, start - 20), start));
            if (ISO_DAY_VALUE.matcher(n.value()).matches() && dayShift.find()
                    && (out.isEmpty() || out.get(out.size() - 1).end() <= start - (dayShift.end() - dayShift.start()))) {
                // "the day before last Tuesday's hearing": one day off the date it names
                LocalDate d = LocalDate.parse(n.value()).plusDays(dayShift.group(1).equalsIgnoreCase("before") ? -1 : 1);
                start = start - (dayShift.end() - dayShift.start());
                n = new Norm("DATE", d.toString(), n.anchor()).toward(n.direction());
            }
            out.add(new TimeExpression(start, c.end(), original.substring(start, c.end()), n.type(), n.value(),
                    precisionOf(n.value()), n.anchor(), directionName(n)));
        }
        return List.copyOf(out);
    }

    /**
     * The first position in [from, lastStart] where the rule matches within [position, to), or -1; the matcher is left
     * on that match. Like {@code find()} on the region, but it tries only the positions that pass the rules' leading
     * lookbehind (not inside a word or a number) and stops at {@code lastStart}. Bounds are transparent, so the
     * lookarounds see the whole text, as in a search over the whole text.
     */
    private static int matchAt(Matcher m, String text, int from, int lastStart, int to) {
        for (int p = from; p <= lastStart; p++) {
            if (p > 0 && !canStartMatch(text.charAt(p - 1))) {
                continue;
            }
            m.region(p, to);
            if (m.lookingAt()) {
                return p;
            }
        }
        return -1;
    }

    /** The complement of the rules' leading {@code (?<![\\w$\u00A3\u20AC#'\u2019])}, for the character before a match. */
    private static boolean canStartMatch(char before) {
        return !((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || (before >= '0' && before <= '9')
                || before == '_' || before == '$' || before == '\u00A3' || before == '\u20AC' || before == '#'
                || before == '\'' || before == '\u2019');
    }

    /** Whether the trigger occurs anywhere in the text, looked up first around the match that most likely holds it. */
    private static boolean triggerOccurs(Pattern trigger, String text, int start, int end) {
        Matcher t = trigger.matcher(text);
        t.useTransparentBounds(true);
        t.useAnchoringBounds(false);
        t.region(Math.max(0, start - 40), Math.min(text.length(), end + 40));
        return t.find() || trigger.matcher(text).find();
    }


    /**
     * Web text carries no-break spaces, typographic hyphens and apostrophes that the patterns' {@code \\s}, {@code -}
     * and {@code '} do not match. They are folded one character for one, so offsets into the original stay valid.
     */
    static String foldSeparators(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            switch (chars[i]) {
                case '\u00A0', '\u2007', '\u2009', '\u202F' -> chars[i] = ' ';
                case '\u2010', '\u2011' -> chars[i] = '-';
                case '\u2019' -> chars[i] = '\'';
                default -> {
                }
            }
        }
        return new String(chars);
    }

    /** In "the third-quarter loss" the article belongs to "loss": an adjectival quarter starts at its ordinal. */
    private static int extentStart(Kind kind, Matcher m) {
        if (kind == Kind.QUARTER && m.group("adj") != null && m.group("adj").endsWith("-") && m.group("y0") == null
                && m.group("yp") == null && m.group("x").regionMatches(true, 0, "the", 0, 3)) {
            return m.start("adj");
        }
        return m.start("x");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Candidate filters that need more context than a regex expresses comfortably.

    private static boolean accept(Kind kind, Matcher m, String text) {
        int start = m.start("x");
        if (kind == Kind.DAY_CONJ && !afterConjunction(text, start)) {
            return false; // most numbers: CONJOINED_DAY_BEFORE needs "and|or|to" and whitespace right before
        }
        String before = text.substring(Math.max(0, start - 40), start);
        String after = text.substring(m.end("x"), Math.min(text.length(), m.end("x") + 40));
        String x = m.group("x");
        switch (kind) {
            case MONTH_DAY, DAY_MONTH -> {
                int d = Integer.parseInt(m.group("d"));
                if (d < 1 || d > 31) {
                    return false;
                }
                return !(m.group("mon").startsWith("May") && m.group("y") == null && kind == Kind.DAY_MONTH
                        && !Character.isDigit(x.charAt(0)));
            }
            case MONTH -> {
                String mon = m.group("mon");
                if (mon.equals("May") && m.group("det") == null) {
                    // "May" is far more often the modal verb; accept it only where a month is expected
                    return MAY_MONTH_BEFORE.matcher(before).matches() && !MAY_VERB_AFTER.matcher(after).matches();
                }
                if (mon.equals("March") && m.group("det") == null) {
                    if (MARCH_NOUN_BEFORE.matcher(before).matches()) {
                        return false; // "the annual March for Life"
                    }
                    return !MARCH_VERB_AFTER.matcher(after).matches()
                            || MARCH_MONTH_BEFORE.matcher(before).matches();
                }
                return true;
            }
            case SEASON -> {
                if (m.group("det") == null && m.group("y") == null) {
                    return false;
                }
                String det = m.group("det") == null ? "" : m.group("det").toLowerCase(Locale.ROOT);
                return !(det.equals("the") && m.group("y") == null);
            }
            case YEAR -> {
                if (NUMBER_LABEL_BEFORE.matcher(before).matches()) {
                    return false;
                }
                int y = Integer.parseInt(m.group("y"));
                return y >= 1600 && y <= 2099;
            }
            case QUARTER -> {
                String adj = m.group("adj");
                boolean hasAdj = adj != null && !adj.isBlank();
                boolean the = m.group("the") != null || x.toLowerCase(Locale.ROOT).startsWith("the");
                if (!hasAdj && !the && m.group("y0") == null && m.group("yp") == null) {
                    return false;
                }
                if (FRACTION_OF_AFTER.matcher(after).matches()
                        && m.group("y") == null) {
                    return false;
                }
                return hasAdj || !FRACTION_COUNT_BEFORE.matcher(before).matches();
            }
            case HALF -> {
                return m.group("y") != null || m.group("yr") != null || m.group("y0") != null || m.group("yp") != null
                        || (m.group("the") != null && !HALF_OF_AFTER.matcher(after).matches());
            }
            case DURATION -> {
                String n = m.group("n").toLowerCase(Locale.ROOT);
                String u = m.group("u").toLowerCase(Locale.ROOT);
                if (u.startsWith("quarter") && (n.equals("a") || n.equals("an") || m.group("sep").contains("-")
                        || FRACTION_OF_AFTER.matcher(after).matches())) {
                    return false; // "a quarter of", "three-quarters of its food" are fractions
                }
                String dt = m.group("dt") == null ? "" : m.group("dt").toLowerCase(Locale.ROOT);
                if (!dt.isEmpty() && !x.toLowerCase(Locale.ROOT).startsWith("the") && (n.equals("a") || n.equals("an")
                        || VERB_LAST_BEFORE.matcher(before).matches())) {
                    return false; // "will last two weeks": "last" is the verb
                }
                if (n.equals("a") && u.equals("second") && !DURATION_PREPOSITION_BEFORE.matcher(before).matches()) {
                    return false; // "a second attempt" is an ordinal
                }
                if ((n.equals("a") || n.equals("an")) && COUNT_BEFORE.matcher(before).find()) {
                    return false; // "$5 a year" is a rate (SET), not a duration
                }
                if (DECIMAL_NUMBER.matcher(n).matches() && NUMBER_BEFORE.matcher(before).matches()) {
                    return false;
                }
                return !(YEAR_NUMBER.matcher(n).matches() && !u.endsWith("s")); // "the 1988 quarter" is a year
            }
            case SPELLED_YEAR -> {
                return !YEARS_AFTER.matcher(after).find(); // "more than two thousand years" is a length, not the year 2000
            }
            case DAY_REL -> {
                // "today's youth", "the people of tomorrow": generic uses that name no day
                return !(GENERIC_AFTER.matcher(after).find() || (x.equalsIgnoreCase("tomorrow") && OF_BEFORE.matcher(before).find()));
            }
            case CLOCK24 -> {
                return !CONVERSION_BEFORE.matcher(before).find(); // "10:35 a.m. (0735 GMT)" restates the time before it
            }
            case DAY_CONJ -> {
                int d = Integer.parseInt(m.group("d"));
                return d >= 1 && d <= 31 && CONJOINED_DAY_BEFORE.matcher(before).find();
            }
            case SET_PER -> {
                return COUNT_BEFORE.matcher(before).find();
            }
            case EARLIER -> {
                if (NOT_EARLIER_FOLLOWER.matcher(after).find()) {
                    return false;
                }
                if (COMPARATIVE_BEFORE.matcher(before).matches()) {
                    return false;
                }
                // "had earlier suffered", a sentence-initial "Earlier, ...": relative to the narrative's time, not the DCT
                if (PAST_PERFECT_BEFORE.matcher(before).find()) {
                    return false;
                }
                return REPORTING_BEFORE.matcher(before).find() || PAST_VERB_AFTER.matcher(after).find();
            }
            case PAST_REF -> {
                if (x.equalsIgnoreCase("previously") && !PERFECT_BEFORE.matcher(before).find()) {
                    // "he previously held", "as was previously reported": past relative to another event; only the
                    // present perfect ("has previously indicated") relates it to the document date
                    return false;
                }
                // "a previously announced plan": the adverb modifies a participle inside a noun phrase
                return !(x.toLowerCase(Locale.ROOT).endsWith("ly") && DETERMINER_BEFORE.matcher(before).matches()
                        && PARTICIPLE_AFTER.matcher(after).matches());
            }
            case SOON -> {
                return !AS_SOON_BEFORE.matcher(before).matches();
            }
            case CURRENT -> {
                return !ARTICLE_BEFORE.matcher(before).matches() || !CALENDAR_UNIT_AFTER.matcher(after).matches();
            }
            case REL_UNIT -> {
                String det = m.group("det");
                if (det.equalsIgnoreCase("the") && m.group("mod") == null) {
                    return false;
                }
                boolean titleCase = Character.isUpperCase(det.charAt(0)) && Character.isUpperCase(m.group("u").charAt(0));
                return !titleCase || before.isBlank() || SENTENCE_START_BEFORE.matcher(before).matches();
            }
            default -> {
                return true;
            }
        }
    }

    /**
     * A necessary condition of CONJOINED_DAY_BEFORE ("... (and|or|to)\\s+$" within the 40 characters before): whitespace,
     * possibly a final line terminator, and before it a word ending in d, r or o.
     */
    private static boolean afterConjunction(String text, int start) {
        int lo = Math.max(0, start - 40);
        int i = start;
        while (i > lo && isSpaceOrTerminator(text.charAt(i - 1))) {
            i--;
        }
        if (i == start || i == lo) {
            return false;
        }
        char c = text.charAt(i - 1);
        return c == 'd' || c == 'r' || c == 'o';
    }

    private static boolean isSpaceOrTerminator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    // ---------------------------------------------------------------------------------------------------------
    // Normalization.

    private Norm normalize(Candidate c, String text, LocalDate dct, DiscourseState state) {
        MatchResult m = c.match();
        String x = m.group("x");
        String lx = x.toLowerCase(Locale.ROOT);
        switch (c.kind()) {
            case ISO_DATE -> {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                            Integer.parseInt(m.group("d")));
                    return new Norm("DATE", d.toString(), "explicit");
                } catch (DateTimeException e) {
                    return null;
                }
            }
            case MONTH_DAY, DAY_MONTH -> {
                return monthDay(c, m, text, dct, lx);
            }
            case MONTH_YEAR -> {
                int mon = TimeLexicon.month(m.group("mon"));
                return new Norm("DATE", m.group("y") + "-" + two(mon), "explicit");
            }
            case MONTH -> {
                int mon = TimeLexicon.month(m.group("mon"));
                String det = lower(m.group("det"));
                boolean last = det.startsWith("last") || det.equals("this past");
                boolean next = det.startsWith("next") || det.equals("this coming");
                boolean thisYear = !last && !next
                        && (det.startsWith("this") || det.startsWith("earlier this") || det.startsWith("later this"));
                Direction dir = last ? Direction.PAST : next ? Direction.FUTURE : thisYear ? Direction.NONE
                        : direction(text, c.start(), c.end());
                if (dct == null) {
                    return new Norm("DATE", "XXXX-" + two(mon), "dct").toward(dir);
                }
                int year = dct.getYear();
                int cur = dct.getMonthValue();
                if (last) {
                    year = mon < cur ? year : year - 1;
                } else if (next) {
                    year = mon > cur ? year : year + 1;
                } else if (!thisYear) {
                    year = resolveMonth(mon, dct, dir);
                }
                return new Norm("DATE", year + "-" + two(mon), "dct").toward(dir);
            }
            case SEASON -> {
                String season = seasonCode(m.group("s"));
                if (m.group("y") != null) {
                    return new Norm("DATE", m.group("y") + "-" + season, "explicit");
                }
                String det = lower(m.group("det"));
                boolean last = det.startsWith("last") || det.equals("this past");
                boolean next = det.startsWith("next") || det.equals("this coming");
                Direction dir = last ? Direction.PAST : next ? Direction.FUTURE : Direction.NONE;
                if (dct == null) {
                    return new Norm("DATE", "XXXX-" + season, "dct").toward(dir);
                }
                int year = dct.getYear();
                int curSeasonOrder = seasonOrder(seasonOf(dct));
                int so = seasonOrder(season);
                if (last) {
                    year = so < curSeasonOrder ? year : year - 1;
                } else if (next) {
                    year = so > curSeasonOrder ? year : year + 1;
                }
                return new Norm("DATE", year + "-" + season, "dct").toward(dir);
            }
            case YEAR -> {
                String y = m.group("y");
                String mod = lower(m.group("mod"));
                String pre = lower(m.group("pre"));
                if (pre.equals("the first half of")) {
                    return new Norm("DATE", y + "-H1", "explicit");
                }
                if (mod.contains("first half")) {
                    return new Norm("DATE", y + "-H1", "explicit");
                }
                if (mod.contains("second half") || mod.contains("last half")) {
                    return new Norm("DATE", y + "-H2", "explicit");
                }
                if (mod.startsWith("the ") && !mod.contains("end") && !mod.contains("beginning") && !mod.contains("start")
                        && !mod.contains("middle")) {
                    String s = seasonCode(mod.replace("the ", "").replace(" of", "").trim());
                    return new Norm("DATE", y + "-" + s, "explicit");
                }
                return new Norm("DATE", y, "explicit");
            }
            case SPELLED_YEAR -> {
                int year = m.group("hi") != null ? 1900 + TimeLexicon.count(m.group("lo"))
                        : 2000 + (m.group("lo2") == null ? 0 : TimeLexicon.count(m.group("lo2")));
                String suffix = m.group("mon") != null ? "-" + two(TimeLexicon.month(m.group("mon")))
                        : m.group("s") != null ? "-" + seasonCode(m.group("s")) : "";
                return new Norm("DATE", year + suffix, "explicit");
            }
            case DECADE -> {
                if (m.group("c") != null) {
                    return new Norm("DATE", m.group("c") + m.group("d"), "explicit");
                }
                return new Norm("DATE", "19" + m.group("d2"), "explicit");
            }
            case CENTURY -> {
                int n = Integer.parseInt(m.group("n"));
                return n < 1 || n > 21 ? null : new Norm("DATE", two(n - 1), "explicit");
            }
            case WEEKDAY -> {
                return weekday(c, m, text, dct, lx, state);
            }
            case DAY_REL -> {
                return dayRelative(m, dct, lx);
            }
            case POD_REL -> {
                String pod = partOfDay(m.group("pod"));
                String rel = lower(m.group("rel"));
                int offset = rel.equals("yesterday") ? -1 : rel.equals("tomorrow") ? 1 : 0;
                if (m.group("det") == null && rel.isEmpty() && state.lastDay != null
                        && c.start() - state.lastDayEnd < CLOCK_REFERENCE_DISTANCE) {
                    // "By mid afternoon, ...": the part of the day the narrative is about
                    return new Norm("TIME", state.lastDay + pod, "explicit").derived();
                }
                Direction dir = offset < 0 ? Direction.PAST : offset > 0 ? Direction.FUTURE : Direction.NONE;
                return dct == null ? new Norm("TIME", "XXXX-XX-XX" + pod, "dct").toward(dir)
                        : new Norm("TIME", dct.plusDays(offset) + pod, "dct").toward(dir);
            }
            case CLOCK, CLOCK24, NOON -> {
                return clock(c, m, text, dct, state);
            }
            case REL_UNIT -> {
                return relativeUnit(m, dct, state, lx);
            }
            case WEEKEND -> {
                Direction dir = direction(text, c.start(), c.end());
                if (dct == null) {
                    return new Norm("DATE", "XXXX-WXX-WE", "dct").toward(dir);
                }
                return new Norm("DATE", weekend(dct, dir == Direction.FUTURE ? 1 : dir == Direction.PAST ? -1 : 0, false), "dct")
                        .toward(dir);
            }
            case AGO -> {
                return ago(m, dct, state, c.end());
            }
            case DURATION -> {
                if (lx.equals("one day") && !DURATION_CONTEXT_BEFORE.matcher(text.substring(Math.max(0, c.start() - 30), c.start())).matches()
                        && !CLAUSE_END_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 3))).find()) {
                    // "maybe one day Ukraine will become Russian": an indefinite time, not a length
                    return new Norm("DATE", direction(text, c.start(), c.end()) == Direction.PAST ? "PAST_REF" : "FUTURE_REF", "none");
                }
                return duration(m);
            }
            case QUARTER -> {
                return quarter(c, m, text, dct, state);
            }
            case HALF -> {
                int ord = TimeLexicon.ordinal(m.group("ord"));
                String year = explicitYear(m, dct, state);
                return new Norm("DATE", year + "-H" + ord, year.startsWith("X") ? "dct" : "explicit");
            }
            case YEAR_AGO_ADJ -> {
                String reported = reportedQuarter(state, dct, c.start());
                if (reported != null) {
                    return new Norm("DATE", shiftQuarter(reported, -4), "dct").derived();
                }
                return dct == null ? new Norm("DATE", "XXXX", "dct") : new Norm("DATE", String.valueOf(dct.getYear() - 1), "dct").derived();
            }
            case PERIOD -> {
                String reported = reportedQuarter(state, dct, c.start());
                if (m.group("y") != null) {
                    // "the 1988 period" in a quarterly report: the quarter under discussion, in that year
                    return reported == null ? new Norm("DATE", m.group("y"), "explicit")
                            : new Norm("DATE", m.group("y") + reported.substring(4), "explicit").derived();
                }
                if (m.group("same") != null && m.group("ago") == null) {
                    // "the same period": the period under discussion
                    return reported == null ? null : new Norm("DATE", reported, "dct").derived();
                }
                if (lx.contains("latest")) {
                    String q = reported != null ? reported : lastCompletedQuarter(dct);
                    return new Norm("DATE", q, "dct");
                }
                if (reported != null) {
                    return new Norm("DATE", shiftQuarter(reported, -4), "dct").derived();
                }
                return dct == null ? new Norm("DATE", "XXXX", "dct") : new Norm("DATE", String.valueOf(dct.getYear() - 1), "dct").derived();
            }
            case PRESENT_REF -> {
                return new Norm("DATE", "PRESENT_REF", "none");
            }
            case CURRENT -> {
                // "the then current market price" was current at a past time
                return new Norm("DATE", m.group("then") != null ? "PAST_REF" : "PRESENT_REF", "none");
            }
            case PAST_REF, EARLIER -> {
                return new Norm("DATE", "PAST_REF", "none");
            }
            case FUTURE_REF, SOON -> {
                return new Norm("DATE", "FUTURE_REF", "none");
            }
            case VAGUE_FUTURE -> {
                String u = m.group("u") != null ? m.group("u") : m.group("u2") != null ? m.group("u2") : m.group("u3");
                if (lx.startsWith("recent")) {
                    return new Norm("DATE", "PAST_REF", "none");
                }
                return new Norm("DURATION", "P" + (u.startsWith("hour") ? "TX" : "X") + unitLetter(u), "none");
            }
            case SET -> {
                return set(lx);
            }
            case SET_WEEKDAY -> {
                if (m.group("mon") != null) {
                    return new Norm("SET", "XXXX-" + two(TimeLexicon.month(m.group("mon"))), "none");
                }
                int dow = TimeLexicon.weekday(m.group("wd")).getValue();
                String pod = m.group("pod") == null ? "" : partOfDay(m.group("pod"));
                return new Norm("SET", "XXXX-WXX-" + dow + pod, "none");
            }
            case SET_EVERY_N -> {
                int n = TimeLexicon.count(m.group("n"));
                return new Norm("SET", durationValue(n, m.group("u")), "none");
            }
            case SET_PER -> {
                return new Norm("SET", durationValue(1, m.group("u")), "none");
            }
            case HOLIDAY -> {
                return holiday(c, m, text, dct);
            }
            case MONTH_REL_YEAR -> {
                int mon = TimeLexicon.month(m.group("mon"));
                String rel = m.group("rel").toLowerCase(Locale.ROOT);
                Direction dir = rel.equals("last") ? Direction.PAST : rel.equals("next") ? Direction.FUTURE : Direction.NONE;
                if (dct == null) {
                    return new Norm("DATE", "XXXX-" + two(mon), "dct").toward(dir);
                }
                int year = dct.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
                return new Norm("DATE", year + "-" + two(mon), "dct").toward(dir);
            }
            case ANAPHORIC -> {
                return anaphoric(m, dct, state);
            }
            case YEAR_END -> {
                if (dct == null) {
                    return new Norm("DATE", "XXXX", "dct");
                }
                if (!lx.equals("year-end")) {
                    return new Norm("DATE", String.valueOf(dct.getYear()), "dct");
                }
                // financial "year-end" is the closing date: the coming one, or the last one after "since"
                boolean since = SINCE_BEFORE.matcher(text.substring(Math.max(0, c.start() - 12), c.start())).find();
                return new Norm("DATE", (dct.getYear() - (since ? 1 : 0)) + "-12-31", "dct");
            }
            case THE_UNIT -> {
                boolean week = m.group("u2") != null && m.group("u2").equalsIgnoreCase("week");
                if (!week && PERIOD_END_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 20))).find()) {
                    return new Norm("DURATION", "P1Y", "none"); // "the fiscal year ended March 31" measures a period
                }
                if (dct == null) {
                    return new Norm("DATE", week ? "XXXX-WXX" : "XXXX", "dct");
                }
                return new Norm("DATE", week ? week(dct) : String.valueOf(dct.getYear()), "dct");
            }
            case WEEK_OF -> {
                int mon = TimeLexicon.month(m.group("mon"));
                int day = Integer.parseInt(m.group("d"));
                if (!validDate(2000, mon, day)) {
                    return null;
                }
                Direction dir = direction(text, c.start(), c.end());
                if (dct == null) {
                    return new Norm("DATE", "XXXX-WXX", "dct").toward(dir);
                }
                LocalDate d = resolveMonthDay(mon, day, dct, dir);
                return d == null ? null : new Norm("DATE", week(d), "dct").toward(dir);
            }
            case VAGUE_PLURAL -> {
                String u = m.group("u");
                return new Norm("DURATION", "P" + (isClockUnit(u.toLowerCase(Locale.ROOT)) ? "TX" : "X") + unitLetter(u), "none");
            }
            case LONG_ADJ -> {
                String u = m.group("u").toLowerCase(Locale.ROOT);
                if (m.group("pl") != null) {
                    return new Norm("DURATION", "P" + (isClockUnit(u) ? "TX" : "X") + unitLetter(u), "none");
                }
                return new Norm("DURATION", durationValue(1, u), "none");
            }
            case DAY_CONJ -> {
                Matcher md = CONJOINED_DAY_BEFORE.matcher(text.substring(Math.max(0, c.start() - 40), c.start()));
                if (!md.find()) {
                    return null;
                }
                int mon = TimeLexicon.month(md.group("mon"));
                int day = Integer.parseInt(m.group("d"));
                if (!validDate(2000, mon, day)) {
                    return null;
                }
                Direction dir = direction(text, c.start(), c.end());
                if (dct == null) {
                    return new Norm("DATE", "XXXX-" + two(mon) + "-" + two(day), "dct").toward(dir);
                }
                LocalDate first = state.lastDay;
                if (first != null && first.getMonthValue() == mon && validDate(first.getYear(), mon, day)) {
                    return new Norm("DATE", LocalDate.of(first.getYear(), mon, day).toString(), "dct");
                }
                LocalDate d = resolveMonthDay(mon, day, dct, dir);
                return d == null ? null : new Norm("DATE", d.toString(), "dct").toward(dir);
            }
            case DECADE_WORD -> {
                String dw = m.group("dw").toLowerCase(Locale.ROOT);
                int d = switch (dw.substring(0, 3)) {
                    case "twe" -> 2;
                    case "thi" -> 3;
                    case "for" -> 4;
                    case "fif" -> 5;
                    case "six" -> 6;
                    case "sev" -> 7;
                    case "eig" -> 8;
                    default -> 9;
                };
                return new Norm("DATE", "19" + d, "explicit");
            }
            default -> {
                return null;
            }
        }
    }

    /** "that day", "later that year", "the next morning": resolved against the last date the text mentioned. */
    private static Norm anaphoric(MatchResult m, LocalDate dct, DiscourseState state) {
        String unit = (m.group("u") != null ? m.group("u") : m.group("u2")).toLowerCase(Locale.ROOT);
        String dir = m.group("dir") == null ? "" : m.group("dir").toLowerCase(Locale.ROOT);
        int offset = dir.equals("previous") ? -1 : dir.isEmpty() ? 0 : 1;
        boolean partOfDay = !unit.equals("day") && !unit.equals("week") && !unit.equals("month") && !unit.equals("year")
                && !unit.equals("quarter");
        String type = partOfDay ? "TIME" : "DATE";
        String pod = partOfDay ? partOfDay(unit) : "";
        if (unit.equals("quarter")) {
            return state.lastQuarter == null ? new Norm("DATE", "XXXX-QX", "dct")
                    : new Norm("DATE", state.lastQuarter, "explicit").derived();
        }
        if (unit.equals("year")) {
            return state.lastYear == null ? new Norm("DATE", "XXXX", "dct")
                    : new Norm("DATE", String.valueOf(state.lastYear), "explicit").derived();
        }
        LocalDate ref = state.lastDay;
        if (ref == null) {
            String x = unit.equals("week") ? "XXXX-WXX" : unit.equals("month") ? "XXXX-XX" : "XXXX-XX-XX" + pod;
            return new Norm(type, x, "dct");
        }
        String v = switch (unit) {
            case "week" -> week(ref);
            case "month" -> ref.toString().substring(0, 7);
            default -> ref.plusDays(offset) + pod;
        };
        return new Norm(type, v, "explicit").derived();
    }

    private Norm monthDay(Candidate c, MatchResult m, String text, LocalDate dct, String lx) {
        int mon = TimeLexicon.month(m.group("mon"));
        int day = Integer.parseInt(m.group("d"));
        String pod = lx.contains("hours of") ? "TMO" : "";
        if (m.group("y") != null) {
            int y = Integer.parseInt(m.group("y"));
            if (!validDate(y, mon, day)) {
                return null;
            }
            return new Norm(pod.isEmpty() ? "DATE" : "TIME", String.format(Locale.ROOT, "%04d-%02d-%02d", y, mon, day) + pod,
                    "explicit");
        }
        if (!validDate(2000, mon, day)) {
            return null;
        }
        Direction dir = direction(text, c.start(), c.end());
        if (dct == null) {
            return new Norm(pod.isEmpty() ? "DATE" : "TIME", "XXXX-" + two(mon) + "-" + two(day) + pod, "dct").toward(dir);
        }
        LocalDate best = resolveMonthDay(mon, day, dct, dir);
        if (best == null) {
            return null;
        }
        return new Norm(pod.isEmpty() ? "DATE" : "TIME", best + pod, "dct").toward(dir);
    }

    /** The year of a bare month name: the nearest occurrence, with the tense worth a few months of distance. */
    private static int resolveMonth(int mon, LocalDate dct, Direction dir) {
        int cur = dct.getYear() * 12 + dct.getMonthValue() - 1;
        int bestYear = dct.getYear();
        int bestScore = Integer.MAX_VALUE;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            int diff = y * 12 + mon - 1 - cur;
            int score = Math.abs(diff) * 10;
            if ((dir == Direction.FUTURE && diff < 0) || (dir == Direction.PAST && diff > 0)) {
                score += MONTH_TENSE_WEIGHT;
            }
            if (score < bestScore) {
                bestScore = score;
                bestYear = y;
            }
        }
        return bestYear;
    }

    /**
     * The year of a month-day without one: the candidate nearest to the document date, pushed to the side the tense
     * points to unless the other side is much nearer ("said the vote is on Dec. 7" in late October is December).
     */
    private static LocalDate resolveMonthDay(int mon, int day, LocalDate dct, Direction dir) {
        LocalDate best = null;
        long bestScore = Long.MAX_VALUE;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            if (!validDate(y, mon, day)) {
                continue;
            }
            LocalDate cand = LocalDate.of(y, mon, day);
            long diff = ChronoUnit.DAYS.between(dct, cand);
            long score = Math.abs(diff);
            if ((dir == Direction.FUTURE && diff < 0) || (dir == Direction.PAST && diff > 0)) {
                score += DAY_TENSE_WEIGHT;
            }
            if (score < bestScore) {
                bestScore = score;
                best = cand;
            }
        }
        return best;
    }

    private Norm weekday(Candidate c, MatchResult m, String text, LocalDate dct, String lx, DiscourseState state) {
        DayOfWeek dow = TimeLexicon.weekday(m.group("wd"));
        String pod = m.group("pod") == null ? "" : partOfDay(m.group("pod"));
        if (lx.contains("hours of") && pod.isEmpty()) {
            pod = "TMO";
        }
        if (m.group("pl") != null || m.group("podpl") != null) {
            return new Norm("SET", "XXXX-WXX-" + dow.getValue() + pod, "none");
        }
        Matcher coordinated = COORDINATED_PLURAL_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 30)));
        if (pod.isEmpty() && coordinated.find()) {
            // "on Monday and Tuesday nights": the plural makes both recurring
            return new Norm("SET", "XXXX-WXX-" + dow.getValue() + partOfDay(coordinated.group(1)), "none");
        }
        String type = pod.isEmpty() ? "DATE" : "TIME";
        String det = lower(m.group("det"));
        boolean anaphoric = det.equals("the previous") || det.equals("the following");
        boolean last = det.equals("last") || det.equals("this past");
        boolean next = det.equals("next") || det.equals("coming") || det.equals("this coming");
        Direction dir;
        if (last || det.equals("the previous")) {
            dir = Direction.PAST;
        } else if (next || det.equals("the following")) {
            dir = Direction.FUTURE;
        } else {
            dir = direction(text, c.start(), c.end());
            if (det.equals("this")) {
                dir = dir == Direction.PAST ? Direction.PAST : Direction.FUTURE;
            }
        }
        if (dct == null) {
            // the direction travels with the X value: whoever learns the document date later resolves it the same way
            return new Norm(type, "XXXX-WXX-" + dow.getValue() + pod, "dct").toward(dir);
        }
        LocalDate d;
        if (anaphoric) {
            // "down 4.5% from the previous Friday": the one before (after) the day the text is about
            LocalDate ref = state.lastDay != null ? state.lastDay : dct;
            d = dir == Direction.PAST ? ref.with(TemporalAdjusters.previous(dow)) : ref.with(TemporalAdjusters.next(dow));
            return new Norm(type, d + pod, ref == dct ? "dct" : "explicit").toward(dir).derived();
        }
        if (dct.getDayOfWeek() == dow && !last && !next) {
            d = dct;
        } else {
            d = dir == Direction.FUTURE ? dct.with(TemporalAdjusters.next(dow)) : dct.with(TemporalAdjusters.previous(dow));
        }
        return new Norm(type, d + pod, "dct").toward(dir);
    }

    private static Norm dayRelative(MatchResult m, LocalDate dct, String lx) {
        String w = WHITESPACE.matcher(m.group("w").toLowerCase(Locale.ROOT)).replaceAll(" ");
        String pod = m.group("pod") == null ? "" : partOfDay(m.group("pod"));
        int offset = 0;
        switch (w) {
            case "yesterday" -> offset = -1;
            case "tomorrow" -> offset = 1;
            case "tonight" -> pod = "TNI";
            case "last night" -> {
                offset = -1;
                pod = "TNI";
            }
            // A report's "overnight" is the night that ended on the document date; TIMEX3 names a night by the day it
            // begins, hence DCT-1 TNI.
            case "overnight" -> {
                offset = -1;
                pod = "TNI";
            }
            default -> {
            }
        }
        String type = pod.isEmpty() ? "DATE" : "TIME";
        Direction dir = offset < 0 ? Direction.PAST : offset > 0 ? Direction.FUTURE : Direction.NONE;
        if (dct == null) {
            return new Norm(type, "XXXX-XX-XX" + pod, "dct").toward(dir);
        }
        return new Norm(type, dct.plusDays(offset) + pod, "dct").toward(dir);
    }

    private Norm clock(Candidate c, MatchResult m, String text, LocalDate dct, DiscourseState state) {
        int hour;
        int minute = 0;
        if (c.kind() == Kind.NOON) {
            String nm = m.group("nm").toLowerCase(Locale.ROOT);
            hour = nm.equals("midnight") ? 24 : 12;
        } else {
            hour = Integer.parseInt(m.group("h"));
            minute = m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi"));
            if (c.kind() == Kind.CLOCK) {
                String ap = m.group("ap").toLowerCase(Locale.ROOT);
                if (hour < 1 || hour > 12) {
                    return null;
                }
                if (ap.startsWith("p") && hour < 12) {
                    hour += 12;
                } else if (ap.startsWith("a") && hour == 12) {
                    hour = 0;
                }
            } else if (hour > 24) {
                return null;
            }
        }
        String rel = c.kind() == Kind.CLOCK24 ? null : m.group("rel");
        if (rel == null) {
            // "at 10:35 a.m. (0735 GMT) Friday": the day follows a parenthetical conversion
            Matcher later = WEEKDAY_AFTER_PARENTHESIS.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 40)));
            if (later.find()) {
                rel = later.group(1);
            }
        }
        String time = hour == 24 ? "T24:00" : String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
        if (c.kind() == Kind.CLOCK && m.group("rmon") != null) {
            int mon = TimeLexicon.month(m.group("rmon"));
            int day = Integer.parseInt(m.group("rday"));
            if (!validDate(2000, mon, day)) {
                return null;
            }
            Direction dir = direction(text, c.start(), c.end());
            if (dct == null) {
                return new Norm("TIME", "XXXX-" + two(mon) + "-" + two(day) + time, "dct").toward(dir);
            }
            LocalDate d = resolveMonthDay(mon, day, dct, dir);
            return d == null ? null : new Norm("TIME", d + time, "dct").toward(dir);
        }
        if (rel != null && Character.isUpperCase(rel.charAt(0)) && rel.matches(WEEKDAY)) {
            DayOfWeek dow = TimeLexicon.weekday(rel);
            Direction dir = direction(text, c.start(), c.end());
            if (dct == null) {
                return new Norm("TIME", "XXXX-WXX-" + dow.getValue() + time, "dct").toward(dir);
            }
            LocalDate d = dct.getDayOfWeek() == dow ? dct
                    : dir == Direction.FUTURE ? dct.with(TemporalAdjusters.next(dow))
                    : dct.with(TemporalAdjusters.previous(dow));
            return new Norm("TIME", d + time, "dct").toward(dir);
        }
        int offset = 0;
        if (rel != null) {
            String r = rel.toLowerCase(Locale.ROOT);
            offset = r.equals("yesterday") ? -1 : r.equals("tomorrow") ? 1 : 0;
        } else if (state.lastDay != null && c.start() - state.lastDayEnd < CLOCK_REFERENCE_DISTANCE
                && direction(text, c.start(), c.end()) == Direction.PAST) {
            // a bare clock time in a past narrative belongs to the day the narrative is about ("shot at 10 p.m.")
            return new Norm("TIME", state.lastDay + time, "explicit").derived();
        }
        Direction dir = offset < 0 ? Direction.PAST : offset > 0 ? Direction.FUTURE : Direction.NONE;
        if (dct == null) {
            return new Norm("TIME", "XXXX-XX-XX" + time, "dct").toward(dir);
        }
        return new Norm("TIME", dct.plusDays(offset) + time, "dct").toward(dir);
    }

    private Norm relativeUnit(MatchResult m, LocalDate dct, DiscourseState state, String lx) {
        String det = WHITESPACE.matcher(m.group("det").toLowerCase(Locale.ROOT)).replaceAll(" ");
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        int offset = switch (det) {
            case "last", "previous", "the previous", "past", "the past", "the last" -> -1;
            case "next", "coming", "the coming", "the next", "the following" -> 1;
            default -> 0;
        };
        Direction dir = offset < 0 ? Direction.PAST : offset > 0 ? Direction.FUTURE : Direction.NONE;
        LocalDate base = dct;
        String anchor = "dct";
        boolean anaphoric = det.equals("the following") || det.equals("the same");
        if (anaphoric && unit.equals("month") && state.lastMonth != null) {
            // "In March, ... The following month": the month after the one the text is about
            return new Norm("DATE", state.lastMonth.plusMonths(offset).toString(), "explicit").toward(dir).derived();
        }
        if (anaphoric && unit.equals("year") && state.lastYear != null) {
            return new Norm("DATE", String.valueOf(state.lastYear + offset), "explicit").toward(dir).derived();
        }
        if (anaphoric && state.lastDay != null) {
            base = state.lastDay;
            anchor = "explicit";
        }
        if (base == null) {
            String v = switch (unit) {
                case "week" -> "XXXX-WXX";
                case "month" -> "XXXX-XX";
                case "quarter" -> "XXXX-QX";
                case "decade" -> "XXX";
                case "century" -> "XX";
                case "weekend" -> "XXXX-WXX-WE";
                default -> "XXXX";
            };
            return new Norm("DATE", v, "dct").toward(dir);
        }
        String v = switch (unit) {
            case "week" -> week(base.plusWeeks(offset));
            case "month" -> base.plusMonths(offset).toString().substring(0, 7);
            case "quarter" -> quarterOf(base.plusMonths(3L * offset));
            case "decade" -> String.valueOf(base.getYear() / 10 + offset);
            case "century" -> two(base.getYear() / 100 + offset);
            case "weekend" -> weekend(base, offset, true);
            default -> String.valueOf(base.getYear() + offset);
        };
        return new Norm("DATE", v, anchor).toward(dir);
    }

    private Norm ago(MatchResult m, LocalDate dct, DiscourseState state, int position) {
        String dir = WHITESPACE.matcher(m.group("dir").toLowerCase(Locale.ROOT)).replaceAll(" ");
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        double nv = TimeLexicon.countValue(m.group("n"));
        int sign = dir.equals("ago") || dir.equals("earlier") ? -1 : 1;
        boolean relativeToReference = dir.equals("earlier") || dir.equals("later");
        boolean coarse = unit.startsWith("year") || unit.startsWith("decade") || unit.startsWith("centur");
        if (nv < 0 && relativeToReference && !coarse) {
            return new Norm("DURATION", "P" + (isClockUnit(unit) ? "TX" : "X") + unitLetter(unit), "none");
        }
        if (nv < 0) {
            return new Norm("DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF", "none");
        }
        int n = (int) Math.round(nv);
        Direction toward = sign < 0 ? Direction.PAST : Direction.FUTURE;
        String reported = reportedQuarter(state, dct, position);
        if (unit.startsWith("year") && n == 1 && sign < 0 && reported != null) {
            return new Norm("DATE", shiftQuarter(reported, -4), "dct").toward(toward).derived();
        }
        if (relativeToReference && !coarse) {
            // "three days later", "an hour later": TimeML measures the distance from the event before (a DURATION);
            // only calendar-scale shifts ("a year earlier") name a date
            return new Norm("DURATION", durationValue(n, unit), "none");
        }
        if (relativeToReference && coarse && state.lastYear != null) {
            int y = state.lastYear + sign * n * (unit.startsWith("decade") ? 10 : unit.startsWith("centur") ? 100 : 1);
            String v = unit.startsWith("year") ? String.valueOf(y) : unit.startsWith("decade") ? String.valueOf(y / 10) : two(y / 100);
            return new Norm("DATE", v, "explicit").toward(toward).derived();
        }
        LocalDate base = relativeToReference && state.lastDay != null ? state.lastDay : dct;
        if (base == null) {
            return new Norm("DATE", xValue(unit), "dct").toward(toward);
        }
        long k = (long) sign * n;
        String v;
        if (unit.startsWith("day")) {
            v = base.plusDays(k).toString();
        } else if (unit.startsWith("week") || unit.startsWith("fortnight")) {
            v = week(base.plusWeeks(unit.startsWith("fortnight") ? 2 * k : k));
        } else if (unit.startsWith("month")) {
            v = base.plusMonths(k).toString().substring(0, 7);
        } else if (unit.startsWith("quarter")) {
            v = quarterOf(base.plusMonths(3 * k));
        } else if (unit.startsWith("year")) {
            v = String.valueOf(base.getYear() + k);
        } else if (unit.startsWith("decade")) {
            v = String.valueOf((base.getYear() + 10 * k) / 10);
        } else if (unit.startsWith("centur")) {
            v = two((int) ((base.getYear() + 100 * k) / 100));
        } else {
            v = base.toString();
        }
        return new Norm("DATE", v, base == dct ? "dct" : "explicit").toward(toward).derived();
    }

    private static Norm duration(MatchResult m) {
        double n = TimeLexicon.countValue(m.group("n"));
        if (m.group("half") != null && n >= 0) {
            n += 0.5;
        }
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        String or = m.group("or") == null ? "" : m.group("or").toLowerCase(Locale.ROOT);
        if (n < 0 || m.group("n2") != null || or.endsWith("two") || or.endsWith("more")) {
            return new Norm("DURATION", "P" + (isClockUnit(unit) ? "TX" : "X") + unitLetter(unit), "none");
        }
        if (n != Math.rint(n)) {
            return new Norm("DURATION", fractionalDuration(n, unit), "none");
        }
        return new Norm("DURATION", durationValue((int) n, unit), "none");
    }

    private Norm quarter(Candidate c, MatchResult m, String text, LocalDate dct, DiscourseState state) {
        Norm q = quarterItself(c, m, text, dct, state);
        if (q == null || m.group("ago") == null) {
            return q;
        }
        // "the quarter a year ago", "the third quarter last year": the same quarter one year back
        String v = q.value();
        if (!QUARTER_VALUE_OR_X.matcher(v).matches()) {
            return q;
        }
        return new Norm("DATE", (Integer.parseInt(v.substring(0, 4)) - 1) + v.substring(4), q.anchor()).toward(Direction.PAST)
                .derived();
    }

    private Norm quarterItself(Candidate c, MatchResult m, String text, LocalDate dct, DiscourseState state) {
        String adj = lower(m.group("adj")).replace('-', ' ').trim();
        int ord = 0;
        for (String w : WHITESPACE.split(adj)) {
            int o = TimeLexicon.ordinal(w);
            if (o > 0 && !w.equals("last")) { // "the last quarter" is the previous one, not the fourth
                ord = o;
            }
        }
        boolean yearAgo = adj.contains("year ago") || adj.contains("year earlier") || adj.contains("prior year");
        if (adj.equals("last") || adj.equals("past") || adj.equals("previous") || adj.equals("prior") || adj.equals("preceding")) {
            ord = 0;
            String base = state.lastQuarter != null ? state.lastQuarter : lastCompletedQuarter(dct);
            String v = base.contains("X") ? "XXXX-QX" : shiftQuarter(base, state.lastQuarter != null ? -1 : 0);
            return new Norm("DATE", v, "dct");
        }
        String explicit = m.group("y") != null ? m.group("y") : m.group("y0");
        if (explicit != null && ord > 0) {
            return new Norm("DATE", explicit + "-Q" + ord, "explicit");
        }
        if (explicit != null) {
            // "the 1988 quarter": the quarter under discussion, in that year
            String q = state.lastQuarter != null ? state.lastQuarter.substring(5) : "QX";
            return new Norm("DATE", explicit + "-" + q, "explicit").derived();
        }
        if (m.group("yr") != null || m.group("yp") != null) {
            String rel = lower(m.group("yr") != null ? m.group("yr") : m.group("yp"));
            if (dct == null) {
                return new Norm("DATE", "XXXX-Q" + (ord == 0 ? "X" : ord), "dct");
            }
            int y = dct.getYear() + (rel.startsWith("last") ? -1 : rel.startsWith("next") ? 1 : 0);
            if (ord == 0) {
                // "last year's quarter" in a report: the quarter under discussion, in that year
                String reported = reportedQuarter(state, dct, c.start());
                return new Norm("DATE", y + (reported != null ? reported.substring(4) : "-QX"), "dct");
            }
            return new Norm("DATE", y + "-Q" + ord, "dct");
        }
        if (yearAgo) {
            String reported = reportedQuarter(state, dct, c.start());
            String base = reported != null ? reported : lastCompletedQuarter(dct);
            if (base.contains("X")) {
                return new Norm("DATE", "XXXX-QX", "dct");
            }
            return new Norm("DATE", shiftQuarter(base, -4), "dct").derived();
        }
        if (ord > 0) {
            Direction dir = direction(text, c.start(), c.end());
            if (dct == null) {
                return new Norm("DATE", "XXXX-Q" + ord, "dct").toward(dir);
            }
            int y = dct.getYear();
            int cur = (dct.getMonthValue() - 1) / 3 + 1;
            if (ord > cur && dir != Direction.FUTURE) {
                y--;
            }
            return new Norm("DATE", y + "-Q" + ord, "dct").toward(dir);
        }
        if (adj.contains("current")) {
            return dct == null ? new Norm("DATE", "XXXX-QX", "dct") : new Norm("DATE", quarterOf(dct), "dct");
        }
        // "the quarter", "the latest quarter": the quarter under discussion, else the last one reported on
        String completed = lastCompletedQuarter(dct);
        boolean usable = state.lastQuarter != null && c.start() - state.lastQuarterEnd < 2000
                && (completed.contains("X") || state.lastQuarter.compareTo(completed) <= 0 || !adj.contains("latest"));
        String base = usable ? state.lastQuarter : completed;
        return new Norm("DATE", base, "dct");
    }

    private Norm holiday(Candidate c, MatchResult m, String text, LocalDate dct) {
        String h = m.group("h").toLowerCase(Locale.ROOT);
        Integer year = m.group("y") != null ? Integer.valueOf(m.group("y")) : null;
        String anchor = year != null ? "explicit" : "dct";
        if (year == null && dct == null) {
            String md = h.startsWith("christmas") ? (h.endsWith("eve") ? "12-24" : "12-25")
                    : h.startsWith("new") ? (h.endsWith("eve") ? "12-31" : "01-01") : null;
            return new Norm("DATE", md == null ? "XXXX-11-XX" : "XXXX-" + md, "dct").toward(direction(text, c.start(), c.end()));
        }
        int y = year != null ? year : dct.getYear();
        LocalDate d = holidayDate(h, y);
        if (year == null) {
            Direction dir = direction(text, c.start(), c.end());
            long diff = ChronoUnit.DAYS.between(dct, d);
            if (dir == Direction.PAST && diff > 0) {
                d = holidayDate(h, y - 1);
            } else if (dir == Direction.FUTURE && diff < 0) {
                d = holidayDate(h, y + 1);
            } else if (dir == Direction.NONE && Math.abs(diff) > 183) {
                d = holidayDate(h, diff > 0 ? y - 1 : y + 1);
            }
            return new Norm("DATE", d.toString(), anchor).toward(dir);
        }
        return new Norm("DATE", d.toString(), anchor);
    }

    private static LocalDate holidayDate(String h, int y) {
        if (h.startsWith("christmas")) {
            return LocalDate.of(y, 12, h.endsWith("eve") ? 24 : 25);
        }
        if (h.startsWith("new")) {
            return h.endsWith("eve") ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
        }
        if (h.startsWith("election")) {
            // US Election Day: the Tuesday after the first Monday of November
            return LocalDate.of(y, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
        }
        return LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }

    private static Norm set(String lx) {
        String l = WHITESPACE.matcher(lx).replaceAll(" ");
        if (l.equals("daily") || l.endsWith("day") && !l.contains("times") && !l.contains("once") && !l.contains("twice")) {
            return new Norm("SET", "P1D", "none");
        }
        if (l.equals("nightly") || l.endsWith("night") || l.endsWith("evening") || l.endsWith("morning") || l.endsWith("afternoon")) {
            String pod = partOfDay(l.equals("nightly") ? "night" : l.substring(l.lastIndexOf(' ') + 1));
            return new Norm("SET", "XXXX-XX-XX" + pod, "none");
        }
        if (l.equals("weekly")) {
            return new Norm("SET", "P1W", "none");
        }
        if (l.equals("monthly")) {
            return new Norm("SET", "P1M", "none");
        }
        if (l.equals("annually") || l.equals("yearly")) {
            return new Norm("SET", "P1Y", "none");
        }
        if (l.equals("hourly")) {
            return new Norm("SET", "PT1H", "none");
        }
        String last = l.substring(l.lastIndexOf(' ') + 1);
        return switch (last) {
            case "summer", "winter", "spring", "autumn", "fall" -> new Norm("SET", "XXXX-" + seasonCode(last), "none");
            case "weekend" -> new Norm("SET", "XXXX-WXX-WE", "none");
            default -> new Norm("SET", durationValue(1, last), "none");
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // Tense: which way a bare weekday or month points from the document date.

    /** The direction as the message contracts spell it: {@code past}, {@code future}, or null when none was used. */
    private static String directionName(Norm n) {
        return switch (n.direction()) {
            case PAST -> "past";
            case FUTURE -> "future";
            case NONE -> null;
        };
    }

    /** The direction suggested by the tense cue nearest to the expression, within its sentence. */
    static Direction direction(String text, int start, int end) {
        int sStart = start;
        int lo = Math.max(0, start - 160);
        for (int i = start - 1; i >= lo; i--) {
            if (sentenceEndAt(text, i, lo, start)) {
                sStart = i + 1;
                break;
            }
        }
        if (sStart == start) {
            sStart = lo;
        }
        int hi = Math.min(text.length(), end + 120);
        int sEnd = hi;
        for (int i = end; i < hi; i++) {
            if (sentenceEndAt(text, i, end, hi)) {
                sEnd = i;
                break;
            }
        }
        // a reporting verb after the closing quote ("... leave Thursday,'' Castro said") is not the quote's tense
        Matcher quote = CLOSING_QUOTE.matcher(text);
        quote.region(end, sEnd);
        if (quote.find()) {
            sEnd = quote.start();
        }
        int best = Integer.MAX_VALUE;
        Direction dir = Direction.NONE;
        Matcher f = FUTURE_CUE.matcher(text);
        for (int at = nextCue(f, FUTURE_CUE_WORDS, false, text, sStart, sStart, sEnd); at >= 0;
                at = nextCue(f, FUTURE_CUE_WORDS, false, text, f.end(), sStart, sEnd)) {
            if (f.end() > start && f.start() < end) {
                continue;
            }
            int dist = f.start() >= end ? (f.start() - end) * AFTER_WEIGHT / 10 : start - f.end();
            if (dist < best) {
                best = dist;
                dir = PAST_PERFECT_BEFORE.matcher(text.substring(Math.max(sStart, f.start() - 30), f.start())).find()
                        ? Direction.PAST : Direction.FUTURE;
            }
        }
        Matcher p = PAST_CUE.matcher(text);
        for (int at = nextCue(p, PAST_CUE_WORDS, true, text, sStart, sStart, sEnd); at >= 0;
                at = nextCue(p, PAST_CUE_WORDS, true, text, p.end(), sStart, sEnd)) {
            if (p.end() > start && p.start() < end) {
                continue;
            }
            if (NOT_PAST.contains(p.group().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (PASSIVE_AUXILIARY_BEFORE.matcher(text.substring(Math.max(sStart, p.start() - 25), p.start())).find()) {
                continue; // "would be paid", "is expected": a participle, not a past tense
            }
            int dist = p.start() >= end ? (p.start() - end) * AFTER_WEIGHT / 10 : start - p.end();
            if (dist < best) {
                best = dist;
                dir = Direction.PAST;
            }
        }
        return dir;
    }

    /**
     * Whether SENTENCE_END matches the one character at {@code i} when searched in the region [from, to) with opaque
     * bounds (the lookbehind sees nothing before {@code from}, the lookahead nothing from {@code to} on): a newline,
     * or [.!?] not preceded by [A-Z][a-z]{0,3} ("Mr.", "Feb.") and followed by whitespace and [A-Z"“]. Written
     * out by hand because the regex ran its lookbehind at every position of the sentence.
     */
    static boolean sentenceEndAt(String text, int i, int from, int to) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        for (int j = 1; j <= 4 && i - j >= from; j++) {
            char first = text.charAt(i - j);
            if (first >= 'A' && first <= 'Z') {
                return false; // [A-Z][a-z]{j-1} right before
            }
            if (first < 'a' || first > 'z') {
                break;
            }
        }
        int k = i + 1;
        while (k < to && isRegexSpace(text.charAt(k))) {
            k++;
        }
        if (k == i + 1 || k >= to) {
            return false;
        }
        char next = text.charAt(k);
        return (next >= 'A' && next <= 'Z') || next == '"' || next == '\u201C';
    }

    /** {@code \\s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The next match of a cue pattern ({@code \\b(?:words...)\\b}, plus {@code 'll} for the future) in the sentence
     * [regionStart, regionEnd) at or after {@code from}, as {@code find()} over that region would return it, or -1.
     * Instead of trying the long alternation at every position, only the starts of words that can begin a cue are
     * tried: the first word must be one of {@code words} (or, for the past, end in "ed"). Each try uses the region
     * [at, regionEnd) with opaque bounds: at a word start the word boundary is the same as in the whole region.
     */
    private static int nextCue(Matcher m, AnchorScan.Vocabulary words, boolean edWords, String text, int from, int regionStart,
                               int regionEnd) {
        int i = from;
        while (i < regionEnd) {
            char c = text.charAt(i);
            if (!edWords && (c == '\'' || c == '\u2019')) {
                m.region(i, regionEnd);
                if (m.lookingAt()) {
                    return i;
                }
                i++;
                continue;
            }
            if (!isAsciiWordChar(c)) {
                i++;
                continue;
            }
            int wordEnd = i + 1;
            while (wordEnd < regionEnd && isAsciiWordChar(text.charAt(wordEnd))) {
                wordEnd++;
            }
            boolean boundary = i == regionStart || !isBoundaryWordChar(text.charAt(i - 1));
            if (boundary && isCueWord(words, edWords, text, i, wordEnd)) {
                m.region(i, regionEnd);
                if (m.lookingAt()) {
                    return i;
                }
            }
            i = wordEnd;
        }
        return -1;
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** A word character as {@code \\b} sees it (Unicode letters and digits, not only ASCII). */
    private static boolean isBoundaryWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean isCueWord(AnchorScan.Vocabulary words, boolean edWords, String text, int start, int end) {
        int length = end - start;
        if (edWords && length >= 4 && (text.charAt(end - 2) | 0x20) == 'e' && (text.charAt(end - 1) | 0x20) == 'd') {
            return true;
        }
        return words.contains(text, start, end);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Value helpers.

    private static void remember(DiscourseState state, String value, int end, LocalDate dct, boolean reported) {
        if (QUARTER_VALUE.matcher(value).matches()) {
            // an earnings story stays about its latest quarter: "after a flat second quarter" does not change the topic
            boolean earlier = state.lastQuarter != null && end - state.lastQuarterEnd < 800 && value.compareTo(state.lastQuarter) < 0;
            // a current or coming quarter is a forecast, unless it "ended" or was reported (a fiscal quarter named by
            // its ordinal: "reported a decline in fourth-quarter earnings")
            boolean notYetReported = dct != null && !reported && value.compareTo(quarterOf(dct)) >= 0;
            if (!earlier && !notYetReported) {
                state.lastQuarter = value;
            }
            state.lastQuarterEnd = end;
        }
        if (MONTH_OR_DAY_VALUE.matcher(value).matches()) {
            state.lastMonth = YearMonth.parse(value.substring(0, 7));
        }
        if (DAY_VALUE_PREFIX.matcher(value).matches()) {
            state.lastDay = LocalDate.parse(value.substring(0, 10));
            state.lastDayEnd = end;
            state.lastYear = state.lastDay.getYear();
        } else if (YEAR_VALUE_PREFIX.matcher(value).matches()) {
            state.lastYear = Integer.parseInt(value.substring(0, 4));
        }
    }

    /**
     * The quarter a report is about, for "a year ago", "the year-earlier period": the last quarter mentioned nearby,
     * unless it lies after the document date ("expects a profit in the third quarter of 1990").
     */
    private static String reportedQuarter(DiscourseState state, LocalDate dct, int position) {
        String q = state.lastQuarter;
        if (q == null || q.contains("X") || position - state.lastQuarterEnd > 800) {
            return null;
        }
        if (state.lastLongPeriodEnd > state.lastQuarterEnd && state.lastLongPeriodEnd < position) {
            return null; // "in the first nine months, ... a year earlier": the comparison is with the year before
        }
        return dct == null || q.compareTo(quarterOf(dct)) <= 0 ? q : null;
    }

    private static String explicitYear(MatchResult m, LocalDate dct, DiscourseState state) {
        if (m.group("y") != null) {
            return m.group("y");
        }
        if (m.group("y0") != null) {
            return m.group("y0");
        }
        String rel = m.group("yr") != null ? m.group("yr") : m.group("yp");
        if (dct == null) {
            return "XXXX";
        }
        if (rel == null) {
            return String.valueOf(dct.getYear());
        }
        String r = rel.toLowerCase(Locale.ROOT);
        return String.valueOf(dct.getYear() + (r.startsWith("last") ? -1 : r.startsWith("next") ? 1 : 0));
    }

    static String precisionOf(String value) {
        if (value == null) {
            return "unknown";
        }
        if (value.endsWith("_REF")) {
            return "unknown";
        }
        if (value.startsWith("P")) {
            if (value.contains("T")) {
                char u = value.charAt(value.length() - 1);
                return u == 'H' ? "hour" : "minute";
            }
            return switch (value.charAt(value.length() - 1)) {
                case 'Y' -> "year";
                case 'M' -> "month";
                case 'W' -> "week";
                case 'D' -> "day";
                case 'Q' -> "quarter";
                case 'E' -> "decade";
                case 'C' -> "century";
                default -> "unknown";
            };
        }
        if (MINUTE_VALUE.matcher(value).matches()) {
            return "minute";
        }
        if (HOUR_VALUE.matcher(value).matches()) {
            return "hour";
        }
        if (PART_OF_DAY_VALUE.matcher(value).matches()) {
            return "part-of-day";
        }
        if (DAY_VALUE.matcher(value).matches() || WEEKDAY_VALUE.matcher(value).matches()) {
            return "day";
        }
        if (WEEK_VALUE.matcher(value).matches()) {
            return "week";
        }
        if (MONTH_VALUE.matcher(value).matches()) {
            return "month";
        }
        if (SEASON_VALUE.matcher(value).matches()) {
            return "season";
        }
        if (QUARTER_OR_HALF_VALUE.matcher(value).matches()) {
            return "quarter";
        }
        if (YEAR_VALUE.matcher(value).matches()) {
            return "year";
        }
        if (DECADE_VALUE.matcher(value).matches()) {
            return "decade";
        }
        if (CENTURY_VALUE.matcher(value).matches()) {
            return "century";
        }
        return "unknown";
    }

    private static String durationValue(int n, String unitWord) {
        String u = unitWord.toLowerCase(Locale.ROOT);
        if (u.startsWith("second")) {
            return "PT" + n + "S";
        }
        if (u.startsWith("minute")) {
            return "PT" + n + "M";
        }
        if (u.startsWith("hour")) {
            return "PT" + n + "H";
        }
        if (u.startsWith("day")) {
            return "P" + n + "D";
        }
        if (u.startsWith("weekend")) {
            return "P" + (2 * n) + "D";
        }
        if (u.startsWith("week")) {
            return "P" + n + "W";
        }
        if (u.startsWith("fortnight")) {
            return "P" + (2 * n) + "W";
        }
        if (u.startsWith("month")) {
            return "P" + n + "M";
        }
        if (u.startsWith("quarter")) {
            return "P" + n + "Q";
        }
        if (u.startsWith("decade")) {
            return "P" + (10 * n) + "Y";
        }
        if (u.startsWith("centur")) {
            return "P" + (100 * n) + "Y";
        }
        return "P" + n + "Y";
    }

    private static String fractionalDuration(double n, String unit) {
        if (unit.startsWith("hour")) {
            return "PT" + (int) n + "H" + (int) Math.round((n - Math.floor(n)) * 60) + "M";
        }
        if (unit.startsWith("minute")) {
            return "PT" + (int) n + "M" + (int) Math.round((n - Math.floor(n)) * 60) + "S";
        }
        if (unit.startsWith("year")) {
            long months = Math.round(n * 12);
            return "P" + months / 12 + "Y" + months % 12 + "M";
        }
        if (unit.startsWith("day")) {
            return "PT" + (int) Math.round(n * 24) + "H";
        }
        if (unit.startsWith("week")) {
            return "P" + (int) Math.round(n * 7) + "D";
        }
        String v = durationValue(1, unit);
        return v.replace("1", String.valueOf(n));
    }

    private static boolean isClockUnit(String unit) {
        return unit.startsWith("hour") || unit.startsWith("minute") || unit.startsWith("second");
    }

    private static String unitLetter(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("second")) {
            return "S";
        }
        if (u.startsWith("minute")) {
            return "M";
        }
        if (u.startsWith("hour")) {
            return "H";
        }
        if (u.startsWith("day")) {
            return "D";
        }
        if (u.startsWith("week") || u.startsWith("fortnight")) {
            return "W";
        }
        if (u.startsWith("month")) {
            return "M";
        }
        if (u.startsWith("quarter")) {
            return "Q";
        }
        if (u.startsWith("decade")) {
            return "DE";
        }
        if (u.startsWith("centur")) {
            return "CE";
        }
        return "Y";
    }

    private static String xValue(String unit) {
        if (unit.startsWith("day") || unit.startsWith("hour") || unit.startsWith("minute") || unit.startsWith("second")) {
            return "XXXX-XX-XX";
        }
        if (unit.startsWith("week") || unit.startsWith("fortnight")) {
            return "XXXX-WXX";
        }
        if (unit.startsWith("month")) {
            return "XXXX-XX";
        }
        if (unit.startsWith("quarter")) {
            return "XXXX-QX";
        }
        if (unit.startsWith("decade")) {
            return "XXX";
        }
        if (unit.startsWith("centur")) {
            return "XX";
        }
        return "XXXX";
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * The weekend as the ISO week of its Saturday. Direction 0 or a tense: on a weekend day the current one, else the
     * one before (past) or after; "last"/"next" (strict) always move away from a current weekend.
     */
    private static String weekend(LocalDate dct, int direction, boolean strict) {
        DayOfWeek dow = dct.getDayOfWeek();
        boolean onWeekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        LocalDate saturday;
        if (onWeekend) {
            saturday = dow == DayOfWeek.SATURDAY ? dct : dct.minusDays(1);
            if (strict && direction != 0) {
                saturday = saturday.plusWeeks(direction);
            }
        } else if (direction < 0) {
            saturday = dct.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        } else {
            saturday = dct.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        }
        return week(saturday) + "-WE";
    }

    private static String quarterOf(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    private static String lastCompletedQuarter(LocalDate dct) {
        if (dct == null) {
            return "XXXX-QX";
        }
        return quarterOf(dct.minusMonths(3));
    }

    private static String shiftQuarter(String quarter, int quarters) {
        int y = Integer.parseInt(quarter.substring(0, 4));
        int q = quarter.charAt(6) - '0';
        int idx = y * 4 + (q - 1) + quarters;
        return (idx / 4) + "-Q" + (idx % 4 + 1);
    }

    private static String seasonCode(String season) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "winter" -> "WI";
            default -> "FA";
        };
    }

    private static String seasonOf(LocalDate d) {
        int m = d.getMonthValue();
        return m <= 2 || m == 12 ? "WI" : m <= 5 ? "SP" : m <= 8 ? "SU" : "FA";
    }

    private static int seasonOrder(String code) {
        return switch (code) {
            case "SP" -> 1;
            case "SU" -> 2;
            case "FA" -> 3;
            default -> 0;
        };
    }

    private static String partOfDay(String pod) {
        return switch (pod.toLowerCase(Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }

    private static boolean validDate(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1) {
            return false;
        }
        return d <= YearMonth.of(y, m).lengthOfMonth();
    }

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }

    private static String lower(String s) {
        return s == null ? "" : WHITESPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
