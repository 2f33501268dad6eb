package io.conflicttimeline.nlp.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the sentence figures of one article to the killed/injured counts of its main incident.
 *
 * <p>Rule: the main incident is the one the headline and lead report, so only figures stated in the lead (the first
 * {@value #LEAD_SENTENCES} sentences that state any casualty figure) are used; later paragraphs often recall other
 * incidents, sub-totals or yearly tallies. In the lead, the first statement is the count; a later one replaces it
 * only when it is an explicit update ("the death toll rose to 12") or a larger number where the first statement
 * only implied people ("a fatal shooting", "a man was killed", then "two people died"). A count of people "shot",
 * and a single unnamed person "taken to hospital", may include those who died: such victim counts give
 * injured = victims - killed unless their own sentence separates the dead from the wounded. A perpetrator's suicide
 * stated right after a numbered killed count adds one. Sentences set at another time ("Last month, ...") are
 * skipped. No figure means zero, and {@link Casualties#stated()} tells a reported zero from silence.
 */
public final class CasualtyAggregator {

    static final int LEAD_SENTENCES = 3;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]*\\s+|\\n\\s*");
    private static final Pattern CARDINAL = Pattern.compile(
            "(?i)\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                    + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
                    + "|hundred|thousand|dozens?|several|few|couple|scores|tens)\\b");
    private static final Pattern SHOT = Pattern.compile(
            "\\b(?:shot|shooting|shootings|gunfire|bullets?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE = Pattern.compile(
            "(?i)\\b(?:toll|rose|risen|rises|climbed|increased|number of)\\b");
    private static final Pattern DISJOINT = Pattern.compile(
            "(?i)\\b(?:another|other|others|additional|second|third|fourth|fifth|surviv\\w*)\\b");
    private static final Pattern SUICIDE = Pattern.compile(
            "(?i)\\b(?:(?:kill|killed|killing|shooting and killing) (?:himself|herself)"
                    + "|turn(?:ed|ing)? the (?:gun|weapon) on (?:himself|herself)|t(?:ook|aking) (?:his|her) own life"
                    + "|then (?:himself|herself))\\b");

    /**
     * Killed and injured counts of an article's main incident; {@code stated} is false when the article states no
     * casualty figure at all, so that its zeros are absence of evidence rather than a report of none.
     */
    public record Casualties(int killed, int injured, boolean stated) {}

    public CasualtyAggregator() {
    }

    /** The main incident's casualties from the article text and the figures found in its sentences. */
    public Casualties aggregate(String articleText, List<Figure> figures) {
        List<Integer> sentenceStarts = sentenceStarts(articleText);
        List<Figure> casualty = new ArrayList<>();
        for (Figure f : figures) {
            if (f.kind() == FigureKind.KILLED || f.kind() == FigureKind.INJURED) {
                casualty.add(f);
            }
        }
        casualty.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Integer> leadSentences = new ArrayList<>();
        List<Figure> lead = new ArrayList<>();
        for (Figure f : casualty) {
            int sentence = sentenceIndex(sentenceStarts, f.start());
            if (aboutAnotherTime(articleText, sentenceStarts, sentence)) {
                continue;
            }
            if (!leadSentences.contains(sentence)) {
                if (leadSentences.size() == LEAD_SENTENCES) {
                    break;
                }
                leadSentences.add(sentence);
            }
            lead.add(f);
        }
        Figure killedFigure = null;
        Figure injuredFigure = null;
        int victims = 0;
        for (Figure f : lead) {
            boolean counted = counted(f);
            if (f.kind() == FigureKind.KILLED) {
                if (supersedes(f, killedFigure)) {
                    killedFigure = f;
                }
            } else if ((SHOT.matcher(f.text()).find() || !counted)
                    && !DISJOINT.matcher(f.text()).find() && !hasKilledInSentence(lead, f, sentenceStarts)) {
                victims = Math.max(victims, f.value());
            } else if (supersedes(f, injuredFigure)) {
                injuredFigure = f;
            }
        }
        int killed = killedFigure == null ? 0 : killedFigure.value();
        int injured = injuredFigure == null ? 0 : injuredFigure.value();
        // people "shot", and a single unnamed victim "taken to hospital", may be the ones who died
        injured = Math.max(injured, victims - killed);
        // "killed two people and then himself": the perpetrator's death is a casualty of the incident too
        if (killedFigure != null && counted(killedFigure)) {
            int s = sentenceIndex(sentenceStarts, killedFigure.start());
            int end = s + 1 < sentenceStarts.size() ? sentenceStarts.get(s + 1) : articleText.length();
            if (SUICIDE.matcher(articleText.substring(killedFigure.end(), end)).find()) {
                killed++;
            }
        }
        return new Casualties(killed, injured, !casualty.isEmpty());
    }

    /**
     * Combines the casualties several articles report for one incident: a majority vote over the articles that
     * state any casualty figure (an article without one is no evidence), separately for killed and injured; a tie
     * goes to the larger count, as later reports tend to be the complete ones.
     */
    public static Casualties combine(List<Casualties> articles) {
        List<Casualties> informative = articles.stream().filter(Casualties::stated).toList();
        List<Casualties> voters = informative.isEmpty() ? articles : informative;
        return new Casualties(vote(voters.stream().map(Casualties::killed).toList()),
                vote(voters.stream().map(Casualties::injured).toList()), !informative.isEmpty());
    }

    private static int vote(List<Integer> values) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() >= bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

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
        return UPDATE.matcher(later.text()).find() || !counted(current);
    }

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
            "(?i)\\b(?:so far this year|this year alone|since the (?:start|beginning) of|year to date|in (?:19|20)\\d\\d,)");

    /** Whether a figure states a number ("two people", "4 dead") rather than a single person; ages are not numbers. */
    private static boolean counted(Figure f) {
        return CARDINAL.matcher(AGE.matcher(f.text()).replaceAll(" ")).find();
    }

    private static final Pattern AGE = Pattern.compile(
            "(?i)[\\p{L}\\p{N}]+[- ](?:year|month|week|day)s?[- ]olds?|,\\s*\\d{1,2}\\s*,");

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
