package io.conflicttimeline.nlp.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.conflicttimeline.nlp.place.PlaceMention;
import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.Sentence;
import io.conflicttimeline.nlp.text.Token;

/**
 * Who took a place: a territorial-control verb ("liberated", "recaptured", "captured", "took control of") typed by the
 * side of its agent. Regaining verbs are the state's (Battles / Government regains territory) unless the invading side
 * is their subject ("Russians 'liberated'"); taking verbs need a known side (Russian forces, occupiers -> Non-state
 * actor overtakes territory, as ACLED codes a foreign army's gains; Ukrainian forces -> Government regains territory).
 * The verb must report a change of control of a place: a participle used as an adjective ("the liberated Bucha", "in
 * the occupied Kherson region") describes a state and is no event, and the object must be a place or territory.
 */
final class TerritorialControl {

    /** The invading side as agent (case-insensitive: posts often write "russian"). */
    private static final Pattern INVADER = Pattern.compile(
            "(?i)\\b(?:russia|russians?|occupiers|occupants|invaders|enemy|orcs|rashists|kadyrovites|wagner|separatists|DPR|LPR)\\b");
    /** The defending state's forces as agent. */
    private static final Pattern STATE = Pattern.compile(
            "(?i)\\b(?:ukraine|ukrainians?|ZSU|AFU|armed forces of ukraine|defenders|national guard|territorial defen[cs]e|(?-i:SBU)"
                    + "|our\\s+(?:troops|forces|soldiers|army|military|heroes|warriors|units|guys))\\b");
    /** A passive agent right after the verb ("was captured by Russian forces"). */
    private static final Pattern BY_AGENT = Pattern.compile("^\\s+(?:\\S+\\s+){0,2}?by\\s+(?:the\\s+)?(\\S+(?:\\s+\\S+)?)");
    /** Territory named by a common noun as the object ("retook several villages", "de-occupied territories"). */
    private static final Pattern TERRITORY_OBJECT = Pattern.compile(
            "(?i)^\\s+(?:control\\s+(?:of|over)\\s+)?(?:\\S+\\s+){0,4}?(?:territor(?:y|ies)|villages?|settlements?|towns?|city|cities|areas|island|heights|region)\\b");
    /** Between the verb and its place object: control phrases, determiners, numerals, kinds of settlement. */
    private static final Pattern PLACE_GAP = Pattern.compile(
            "(?i)\\s+(?:(?:full|complete|back|control|of|over|from|the|a|an|all|most|part|parts|entire|whole|city|town|village|settlement|region|regional"
                    + "|center|centre|key|strategic|southern|northern|eastern|western|\\d+|two|three|several)\\s+)*");
    /** A place as the passive subject ("Kherson was captured", "Izium has been liberated"). */
    private static final Pattern PASSIVE_GAP = Pattern.compile(
            "(?i)(?:\\s*,\\s*(?:which|that)|\\s+(?:city|town|village|region|oblast))?\\s+(?:was|were|has been|have been|had been|is|are|is being)\\s+(?:\\S+ly\\s+)?");
    /** Verbs after which an infinitive reports what happened ("began to liberate"); after others it is intended. */
    private static final List<String> ASPECTUAL = List.of("began", "begin", "begins", "started", "start", "starts", "continue",
            "continues", "continued", "managed", "continuing");
    private static final Pattern BASE_FORM = Pattern.compile("(?i)liberate|recapture|retake|capture|seize|take|reclaim|regain");
    private static final List<String> RELATIVE = List.of("that", "which", "who", "whom");
    private static final List<String> AUXILIARIES = List.of("be", "been", "being", "is", "are", "was", "were", "has", "have", "had",
            "'s", "’s", "got", "get");

    private TerritorialControl() {
    }

    /**
     * The sub-type a control verb reports, or null when it reports none. {@code regaining}: the verb itself says the
     * territory returns (liberate, recapture); otherwise it only says it changed hands (capture, take control).
     */
    static EventType type(AnalyzedText at, Sentence s, int start, int end, boolean regaining, List<PlaceMention> places) {
        String text = at.text();
        if (adjectival(at, s, start, end) || intended(at, s, start) || !placeObject(text, s, start, end, places)) {
            return null;
        }
        Boolean invader = agentIsInvader(text, s, start, end);
        if (regaining) {
            return Boolean.TRUE.equals(invader) ? EventType.NON_STATE_OVERTAKES : EventType.GOVERNMENT_REGAINS;
        }
        if (invader == null) {
            return null;
        }
        return invader ? EventType.NON_STATE_OVERTAKES : EventType.GOVERNMENT_REGAINS;
    }

    /**
     * A participle that modifies a noun describes a state ("the liberated city", "visited de-occupied Bucha", "Kherson,
     * captured by ..."): the tagger's coarse tags tell no participle from a past tense, so the word before decides. A
     * subject (noun, pronoun), an auxiliary or a conjunction before an "-ed"/"-en" form make it a finite verb.
     */
    private static boolean adjectival(AnalyzedText at, Sentence s, int start, int end) {
        if (start > 0 && at.text().charAt(start - 1) == '-') {
            // "Russian-occupied Kherson": a compound modifier
            return true;
        }
        int i = tokenAt(at, start);
        if (i < 0) {
            return false;
        }
        Token t = at.tokens().get(i);
        if (t.pos().equals("JJ")) {
            return true;
        }
        String w = at.text().substring(start, end).toLowerCase(Locale.ROOT);
        if (!w.endsWith("ed") && !w.endsWith("en")) {
            return false;
        }
        for (int j = i - 1; j >= s.firstToken(); j--) {
            Token p = at.tokens().get(j);
            if (p.pos().equals("RB")) {
                continue;
            }
            String pos = p.pos();
            if (RELATIVE.contains(p.text().toLowerCase(Locale.ROOT))) {
                // "occupants that captured the plant mined the reservoir": a relative clause describes its noun
                return true;
            }
            return !(pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CC") || pos.equals("CD")
                    || AUXILIARIES.contains(p.text().toLowerCase(Locale.ROOT)));
        }
        // a headline opening with the participle ("Liberated Kherson celebrates") names a state too
        return true;
    }

    /**
     * A base form ("the courage to accept defeat and liberate", "plans to capture") reports an aim, an imperative or
     * what a modal governs, unless an aspectual verb carries it ("began to liberate").
     */
    private static boolean intended(AnalyzedText at, Sentence s, int start) {
        int i = tokenAt(at, start);
        if (i < 0 || !BASE_FORM.matcher(at.tokens().get(i).text()).matches()) {
            return false;
        }
        boolean aspectual = i - 2 >= s.firstToken() && at.tokens().get(i - 1).text().equalsIgnoreCase("to")
                && ASPECTUAL.contains(at.tokens().get(i - 2).text().toLowerCase(Locale.ROOT));
        return !aspectual;
    }

    /** The token covering an offset, or -1. */
    private static int tokenAt(AnalyzedText at, int offset) {
        int i = at.tokenAtOrAfter(offset);
        if (i > 0 && at.tokens().get(i - 1).end() > offset) {
            return i - 1;
        }
        return i < at.tokens().size() && at.tokens().get(i).start() == offset ? i : -1;
    }

    private static boolean placeObject(String text, Sentence s, int start, int end, List<PlaceMention> places) {
        String after = text.substring(end, Math.min(s.end(), end + 80));
        if (TERRITORY_OBJECT.matcher(after).find()) {
            return true;
        }
        for (PlaceMention p : places) {
            if (p.start() >= end && p.start() <= end + 60 && p.end() <= s.end()
                    && PLACE_GAP.matcher(text.substring(end, p.start())).matches()) {
                return true;
            }
            if (p.end() <= start && p.start() >= s.start() && start - p.end() <= 40
                    && PASSIVE_GAP.matcher(text.substring(p.end(), start)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The agent's side: "by X" after a passive verb, else the nearest side word in the clause before; null if unknown. */
    private static Boolean agentIsInvader(String text, Sentence s, int start, int end) {
        Matcher by = BY_AGENT.matcher(text.substring(end, Math.min(s.end(), end + 60)));
        if (by.find()) {
            Boolean side = side(by.group(1));
            if (side != null) {
                return side;
            }
        }
        String before = text.substring(Math.max(s.start(), start - 90), start);
        int invader = lastMatch(INVADER, before);
        int state = lastMatch(STATE, before);
        if (invader < 0 && state < 0) {
            return null;
        }
        return invader > state;
    }

    private static Boolean side(String agent) {
        if (INVADER.matcher(agent).find()) {
            return true;
        }
        return STATE.matcher(agent).find() ? false : null;
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
