package io.conflicttimeline.nlp.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.conflicttimeline.nlp.entity.Actor;
import io.conflicttimeline.nlp.entity.ActorKb;
import io.conflicttimeline.nlp.entity.EntityMention;
import io.conflicttimeline.nlp.figure.Figure;
import io.conflicttimeline.nlp.figure.FigureExtractor;
import io.conflicttimeline.nlp.figure.FigureKind;
import io.conflicttimeline.nlp.place.Gazetteer;
import io.conflicttimeline.nlp.place.GazetteerEntry;
import io.conflicttimeline.nlp.place.PlaceMention;
import io.conflicttimeline.nlp.quote.QuoteMention;
import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.Sentence;
import io.conflicttimeline.nlp.time.DocumentDate;
import io.conflicttimeline.nlp.time.TimeExpression;

/**
 * Event triggers per sentence (outside quotes) typed with ACLED categories, merged into one event per real-world
 * occurrence within the article (anaphora like "the attack", or same type with compatible place and date), then
 * figures, date, place, actors, civilian targeting and background attached.
 */
public final class EventDetector {

    private enum Mode { EXPLICIT, ANAPHORIC, DISRUPTED, STATEMENT }

    private record Rule(Pattern pattern, Mode mode, EventType type) {
    }

    private record Trigger(int start, int end, String text, Mode mode, EventType type) {
    }

    private static final String WEAPON = "missile|rocket|drone|air|aerial|artillery|glide[- ]bomb|bomb|shahed|ballistic missile|cruise missile";
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?i)\\b(?:" + WEAPON + ")(?:\\s+and\\s+(?:missile|drone|rocket|artillery))?\\s+(?:attacks?|strikes?|barrage|bombardment|assault|raids?)\\b"
                    + "|\\b(?:airstrikes?|air-strikes?|shelling|shelled|bombardment|bombed)\\b"
                    + "|\\b(?:missiles?|rockets?|drones?|shells?)\\s+(?:struck|hit|slammed into|pounded)\\b"
                    + "|\\b(?:killed|injured|wounded|damaged|destroyed)\\s+(?:\\w+\\s+){0,3}?by\\s+(?:an?\\s+|the\\s+)?(?:enemy\\s+|[Rr]ussian\\s+|[Uu]krainian\\s+)?"
                    + "(?:rockets?|missiles?|shells?|shelling|drones?|artillery(?:\\s+fire)?|air\\s?strikes?|bombs?)\\b"
                    + "|\\b(?:attacked|bombarded)\\b"), Mode.EXPLICIT, null),
            new Rule(Pattern.compile("\\b(?:Russian|Ukrainian|Israeli|Iranian|Belarusian|Syrian|Chechen)\\s+(?:[a-z]+\\s+)?(?:attacks?|strikes?|offensive|assault)\\b"),
                    Mode.EXPLICIT, null),
            new Rule(Pattern.compile("(?i)\\b(?:the|this|that|these|those|its|latest|recent|overnight|relentless|deadly)\\s+(?:[a-z]+\\s+)?(?:attacks?|strikes?|assault|bombardment)\\b"),
                    Mode.ANAPHORIC, null),
            new Rule(Pattern.compile("(?i)\\b(?:clashes|clashed|fighting|battles?|firefights?|ground assault|counter-?offensive|offensive)\\b"),
                    Mode.EXPLICIT, EventType.ARMED_CLASH),
            new Rule(Pattern.compile("(?i)\\b(?:shot down|intercepted|downed|repelled)\\b"), Mode.DISRUPTED, EventType.DISRUPTED_WEAPONS),
            // After "shot down" (a disrupted weapon), so that only people being shot or stabbed remain.
            new Rule(Pattern.compile("(?i)\\b(?:shootings?|shot(?!\\s+down)|gunshots?|gunfire|opened\\s+fire|gunned\\s+down|stabbings?|stabbed)\\b"),
                    Mode.EXPLICIT, EventType.ATTACK),
            new Rule(Pattern.compile("(?i)\\b(?:prisoners?\\s+(?:exchanges?|swaps?)|(?:exchange|swap)\\s+of\\s+(?:prisoners|POWs|bodies)|POW\\s+(?:exchanges?|swaps?)"
                    + "|(?:exchanged|swapped)\\s+(?:\\d[\\d,]*\\s+)?(?:prisoners|POWs))\\b"), Mode.EXPLICIT, EventType.AGREEMENT),
            new Rule(Pattern.compile("(?i)\\bthe\\s+(?:[a-z]+\\s+)?(?:exchange|swap)\\b(?!\\s+of\\s+(?:drone|missile|fire|land|territor))"), Mode.ANAPHORIC,
                    EventType.AGREEMENT),
            new Rule(Pattern.compile("(?i)\\b(?:arrested|detained|arrests)\\b"), Mode.EXPLICIT, EventType.ARRESTS),
            new Rule(Pattern.compile("(?i)\\b(?:protests?|protested|protesters|demonstrations|rallies)\\b"), Mode.EXPLICIT, EventType.PROTEST),
            new Rule(Pattern.compile("(?i)\\b(?:rejected|rejects|dismissed|refused|ruled out|rules out)\\b"), Mode.STATEMENT, EventType.REJECTION),
            new Rule(Pattern.compile("(?i)\\b(?:proposed|proposes|proposal|offered)\\b"), Mode.STATEMENT, EventType.PROPOSAL),
            new Rule(Pattern.compile("(?i)\\b(?:will meet|to meet|met with|meets with|meeting with|held talks|hold talks|talks with)\\b"),
                    Mode.STATEMENT, EventType.MEETING),
            new Rule(Pattern.compile("\\b(?:said|says|stated|told|wrote|announced|condemned|warned|added|remarked|asserted|urged)\\b"),
                    Mode.STATEMENT, EventType.STATEMENT));
    private static final Pattern BACKGROUND = Pattern.compile(
            "(?i)\\bsince\\s+(?:an?|the|its|their)\\s+(?:[a-z-]+\\s+)?(?:offensive|invasion|attack|incursion|war|start)\\b"
                    + "|\\b(?:in the past|previously|has never|had never|last year|ago|earlier this (?:year|month)|in (?:19|20)\\d\\d)\\b");
    private static final Pattern CIVILIAN = Pattern.compile("(?i)\\b(?:civilians?|residential|homes?|apartments?|hospitals?|schools?)\\b");
    private static final Pattern TARGETING_CIVILIANS = Pattern.compile(
            "(?i)\\btarget\\w*\\s+(?:\\w+\\s+){0,3}civilian|\\bcivilians?\\s+(?:were|was|are)\\s+(?:deliberately\\s+)?targeted|\\bdeliberately\\s+(?:\\w+\\s+){0,2}civilian");
    private static final Pattern ADJECTIVE_BEFORE = Pattern.compile(
            "\\b([A-Za-z][a-z]+)\\s+(?:(?:ballistic|cruise|massive|deadly|latest|large-scale|overnight|new|fresh|heavy|combined|drone|missile|and)\\s+)*$");
    private static final List<String> PRECISIONS = List.of("unknown", "century", "decade", "year", "quarter", "season", "month",
            "week", "day", "part-of-day", "hour", "minute");

    private final FigureExtractor figureExtractor;
    private final Gazetteer gazetteer;
    private final ActorKb kb;

    public EventDetector(FigureExtractor figureExtractor, Gazetteer gazetteer, ActorKb kb) {
        this.figureExtractor = figureExtractor;
        this.gazetteer = gazetteer;
        this.kb = kb;
    }

    public DetectedEvents detect(AnalyzedText at, DocumentDate dct, List<TimeExpression> timexes, List<PlaceMention> places,
            List<EntityMention> entities, List<QuoteMention> quotes) {
        String text = at.text();
        List<EventMention> events = new ArrayList<>();
        List<Trigger> pendingDisrupted = new ArrayList<>();
        Map<Integer, Integer> sentencePlace = new HashMap<>();
        for (Sentence s : at.sentences()) {
            int placeIdx = governingPlace(places, s, quotes);
            sentencePlace.put(s.index(), placeIdx);
            List<Trigger> triggers = triggers(text, s, quotes);
            boolean hasOccurrence = false;
            for (Trigger t : triggers) {
                if (t.mode() == Mode.STATEMENT) {
                    continue;
                }
                if (t.mode() == Mode.DISRUPTED) {
                    // In a strike report the interceptions are figures of the attack, not an event of their own.
                    EventMention attack = null;
                    for (EventMention e : events) {
                        if (e.type().attack() && !e.background()) {
                            attack = e;
                            break;
                        }
                    }
                    if (attack != null) {
                        attack.sentences.add(s.index());
                        hasOccurrence = true;
                    } else {
                        pendingDisrupted.add(t);
                    }
                    continue;
                }
                EventType type = t.type() != null ? t.type() : attackType(t.text());
                int timexIdx = governingTimex(timexes, s, t);
                int eventPlace = triggerPlace(text, places, s, t.start(), t.end(), quotes);
                if (eventPlace < 0) {
                    eventPlace = placeIdx;
                }
                EventMention target = mergeTarget(events, type, t.mode(), eventPlace, timexIdx, places, timexes);
                if (target != null) {
                    merge(target, s.index(), eventPlace, timexIdx, places, timexes);
                    hasOccurrence = true;
                } else if (t.mode() == Mode.EXPLICIT) {
                    EventMention e = new EventMention(t.start(), t.end(), t.text(), s.index(), type);
                    setDate(e, timexIdx, timexes, dct);
                    e.placeIndex = eventPlace;
                    e.background = isBackground(backgroundWindow(text, s, t.start(), t.end(), quotes), e, dct);
                    events.add(e);
                    hasOccurrence = true;
                }
            }
            if (!hasOccurrence) {
                statement(at, s, triggers, entities, timexes, dct, placeIdx, events, quotes);
            }
        }
        if (events.stream().noneMatch(e -> e.type().attack())) {
            for (Trigger t : pendingDisrupted) {
                int si = at.sentenceAt(t.start());
                Sentence s = at.sentences().get(si);
                int timexIdx = governingTimex(timexes, s, t);
                EventMention target = mergeTarget(events, EventType.DISRUPTED_WEAPONS, Mode.EXPLICIT, sentencePlace.get(si), timexIdx, places, timexes);
                if (target != null) {
                    merge(target, si, sentencePlace.get(si), timexIdx, places, timexes);
                } else {
                    EventMention e = new EventMention(t.start(), t.end(), t.text(), si, EventType.DISRUPTED_WEAPONS);
                    setDate(e, timexIdx, timexes, dct);
                    e.placeIndex = sentencePlace.get(si);
                    events.add(e);
                }
            }
            events.sort(Comparator.comparingInt(EventMention::start));
        }
        for (EventMention e : events) {
            if (e.placeIndex() < 0 && !e.type().statement()) {
                e.placeIndex = placeInParagraph(at, e.sentenceIndex(), sentencePlace);
            }
        }
        attachFigures(at, events, sentencePlace, places);
        String opponent = null;
        for (EventMention e : events) {
            attachActors(at, e, places, entities);
            if (e.type().violent() && e.actors().stream().noneMatch(a -> a.role().equals("attacker"))) {
                if (opponent == null) {
                    opponent = opponentCountry(at, places, entities);
                }
                GazetteerEntry where = e.placeIndex() >= 0 ? places.get(e.placeIndex()).entry() : null;
                if (e.type().attack() && where != null && opponent != null && !opponent.equals(where.country())) {
                    GazetteerEntry c = gazetteer.country(opponent);
                    e.addActor(toActor(kb.forces(opponent, c == null || c.demonyms().isEmpty() ? null : c.demonyms().get(0)), "attacker"));
                }
            }
        }
        int main = mainEvent(events);
        if (main >= 0 && events.get(main).timexIndex() >= 0) {
            // an undated news event of the article happened in the main event's time frame, not on the publication date
            EventMention m = events.get(main);
            for (EventMention e : events) {
                if (e.timexIndex() < 0 && !e.background()) {
                    e.timexIndex = m.timexIndex();
                    e.dateValue = m.dateValue();
                    e.datePrecision = m.datePrecision();
                }
            }
        }
        return new DetectedEvents(List.copyOf(events), main);
    }

    private static List<Trigger> triggers(String text, Sentence s, List<QuoteMention> quotes) {
        String sentence = text.substring(s.start(), s.end());
        List<Trigger> found = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(sentence);
            while (m.find()) {
                int start = s.start() + m.start();
                int end = s.start() + m.end();
                if (insideQuote(start, quotes) || overlaps(found, start, end)) {
                    continue;
                }
                String trig = m.group();
                if (r.mode() == Mode.ANAPHORIC) {
                    // the trigger is the head noun phrase without the determiner
                    int sp = trig.indexOf(' ');
                    start += sp + 1;
                    trig = trig.substring(sp + 1);
                }
                found.add(new Trigger(start, end, trig, r.mode(), r.type()));
            }
        }
        found.sort(Comparator.comparingInt(Trigger::start));
        return found;
    }

    private static boolean overlaps(List<Trigger> found, int start, int end) {
        for (Trigger t : found) {
            if (start < t.end() && end > t.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideQuote(int offset, List<QuoteMention> quotes) {
        for (QuoteMention q : quotes) {
            if (offset >= q.start() && offset < q.end()) {
                return true;
            }
        }
        return false;
    }

    private static EventType attackType(String trigger) {
        String t = trigger.toLowerCase(Locale.ROOT);
        if (t.contains("missile") || t.contains("rocket") || t.contains("artillery") || t.contains("shell")) {
            return EventType.SHELLING;
        }
        if (t.contains("drone") || t.contains("air") || t.contains("aerial") || t.contains("bomb") || t.contains("shahed")) {
            return EventType.AIR_STRIKE;
        }
        return EventType.SHELLING;
    }

    private static boolean sameFamily(EventType a, EventType b) {
        return a.attack() && b.attack() || a == b;
    }

    private static EventMention mergeTarget(List<EventMention> events, EventType type, Mode mode, int placeIdx, int timexIdx,
            List<PlaceMention> places, List<TimeExpression> timexes) {
        PlaceMention place = placeIdx >= 0 ? places.get(placeIdx) : null;
        String date = timexIdx >= 0 ? timexes.get(timexIdx).value() : null;
        if (mode == Mode.ANAPHORIC) {
            // "the attack" refers to the story's attack: the first compatible one, else the latest of the kind
            EventMention latest = null;
            for (EventMention e : events) {
                if (!sameFamily(e.type(), type)) {
                    continue;
                }
                latest = e;
                if (!e.background() && placesCompatible(e.placeIndex() >= 0 ? places.get(e.placeIndex()) : null, place)) {
                    return e;
                }
            }
            return latest;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            EventMention e = events.get(i);
            if (!sameFamily(e.type(), type)) {
                continue;
            }
            PlaceMention ep = e.placeIndex() >= 0 ? places.get(e.placeIndex()) : null;
            if (!placesCompatible(ep, place)) {
                continue;
            }
            if (mode == Mode.ANAPHORIC || date == null || e.timexIndex() < 0 || datesCompatible(e.dateValue(), date)) {
                return e;
            }
        }
        return null;
    }

    static boolean placesCompatible(PlaceMention a, PlaceMention b) {
        if (a == null || b == null || a.entry() == b.entry()) {
            return true;
        }
        return a.entry().within(b.entry()) || b.entry().within(a.entry());
    }

    static boolean datesCompatible(String a, String b) {
        if (a == null || b == null || a.equals(b) || a.indexOf('X') >= 0 || b.indexOf('X') >= 0) {
            return true;
        }
        String da = a.length() >= 10 ? a.substring(0, 10) : a;
        String db = b.length() >= 10 ? b.substring(0, 10) : b;
        if (da.equals(db) || da.startsWith(db) || db.startsWith(da)) {
            return true;
        }
        try {
            // "Tuesday night" and "early Wednesday" are the same overnight attack.
            long days = Math.abs(LocalDate.parse(da).toEpochDay() - LocalDate.parse(db).toEpochDay());
            return days == 1 && (a.endsWith("TNI") || b.endsWith("TNI"));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void merge(EventMention e, int sentence, int placeIdx, int timexIdx, List<PlaceMention> places,
            List<TimeExpression> timexes) {
        e.sentences.add(sentence);
        if (placeIdx >= 0) {
            PlaceMention np = places.get(placeIdx);
            PlaceMention op = e.placeIndex() >= 0 ? places.get(e.placeIndex()) : null;
            if (op == null || op.entry().kind().equals("country") && np.entry().within(op.entry()) && np.entry() != op.entry()) {
                e.placeIndex = placeIdx;
            }
        }
        if (timexIdx >= 0 && (e.timexIndex() < 0 || dateScore(timexes.get(timexIdx)) > dateScore(timexes.get(e.timexIndex())))) {
            TimeExpression t = timexes.get(timexIdx);
            e.timexIndex = timexIdx;
            e.dateValue = t.value();
            e.datePrecision = t.precision();
        }
    }

    private static int dateScore(TimeExpression t) {
        int x = 0;
        for (int i = 0; i < t.value().length(); i++) {
            if (t.value().charAt(i) == 'X') {
                x++;
            }
        }
        return PRECISIONS.indexOf(t.precision()) * 100 - x;
    }

    private static void setDate(EventMention e, int timexIdx, List<TimeExpression> timexes, DocumentDate dct) {
        if (timexIdx >= 0) {
            TimeExpression t = timexes.get(timexIdx);
            e.timexIndex = timexIdx;
            e.dateValue = t.value();
            e.datePrecision = t.precision();
        } else {
            e.dateValue = dct.value() == null ? null : dct.value().toString();
            e.datePrecision = dct.value() == null ? "unknown" : dct.precision();
        }
    }

    /** The DATE/TIME expression of the sentence nearest to the trigger. */
    private static int governingTimex(List<TimeExpression> timexes, Sentence s, Trigger t) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < timexes.size(); i++) {
            TimeExpression x = timexes.get(i);
            if (x.start() < s.start() || x.end() > s.end() || !(x.type().equals("DATE") || x.type().equals("TIME"))
                    || x.value() == null || x.value().startsWith("P")) {
                continue;
            }
            int d = x.start() >= t.end() ? x.start() - t.end() : t.start() - x.end();
            if (Math.abs(d) < bestDistance) {
                best = i;
                bestDistance = Math.abs(d);
            }
        }
        return best;
    }

    /**
     * The place grammatically attached to a trigger, or -1: the object of a locative preposition right after it
     * ("attack on Kyiv", "strikes in the Sumy region", "shelling of Kharkiv's outskirts") or a place name modifying it
     * ("the Kharkiv strike"). A sentence often names other places in other roles ("Moscow is not interested in peace
     * after a drone attack on Kyiv"); the attached one is where the event happened.
     */
    static int triggerPlace(String text, List<PlaceMention> places, Sentence s, int triggerStart, int triggerEnd,
            List<QuoteMention> quotes) {
        int best = -1;
        for (int i = 0; i < places.size(); i++) {
            PlaceMention p = places.get(i);
            if (p.start() < s.start() || p.end() > s.end() || insideQuote(p.start(), quotes)) {
                continue;
            }
            boolean attached = p.start() >= triggerEnd
                    ? p.start() - triggerEnd <= MAX_ATTACHMENT_GAP
                            && LOCATIVE_GAP.matcher(text.substring(triggerEnd, p.start())).matches()
                    : p.end() <= triggerStart && MODIFIER_GAP.matcher(text.substring(p.end(), triggerStart)).matches();
            if (attached && (best < 0 || p.entry().specificity() > places.get(best).entry().specificity())) {
                best = i;
            }
        }
        return best;
    }

    private static final int MAX_ATTACHMENT_GAP = 48;
    /** A locative preposition, then only determiners, modifiers and other places ("on the Ukrainian capital"). */
    private static final java.util.regex.Pattern LOCATIVE_GAP = java.util.regex.Pattern.compile(
            "(?:\\s+(?:launched|carried out|conducted|reported|overnight|early|late|today|again))*"
                    + "\\s+(?:on|in|at|near|against|across|over|of|around|outside|targeting|hitting|into|throughout"
                    + "|in and around|on and around)"
                    + "(?:\\s+(?:the|a|an|several|two|three|four|five|many|central|western|eastern|northern|southern"
                    + "|north-eastern|north-western|south-eastern|south-western|residential|parts of|areas of|city of"
                    + "|town of|village of|region of|districts? of|outskirts of|centre of|center of))*\\s+");
    /** Nothing but an article or adjective between a place name and the trigger it modifies ("the Kyiv attack"). */
    private static final java.util.regex.Pattern MODIFIER_GAP = java.util.regex.Pattern.compile(
            "(?:'s)?\\s+(?:(?:deadly|latest|overnight|massive|missile|drone|ballistic|air|rocket)\\s+)*");

    /** The most specific place of the sentence; several at that level fall back to a place containing them all. */
    static int governingPlace(List<PlaceMention> places, Sentence s, List<QuoteMention> quotes) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            PlaceMention p = places.get(i);
            if (p.start() >= s.start() && p.end() <= s.end() && !insideQuote(p.start(), quotes)) {
                in.add(i);
            }
        }
        if (in.isEmpty()) {
            return -1;
        }
        int top = in.stream().mapToInt(i -> places.get(i).entry().specificity()).max().orElse(0);
        List<Integer> best = in.stream().filter(i -> places.get(i).entry().specificity() == top).toList();
        boolean distinct = best.stream().map(i -> places.get(i).entry()).distinct().count() > 1;
        if (distinct) {
            for (int i : in) {
                GazetteerEntry parent = places.get(i).entry();
                if (parent.specificity() < top && best.stream().allMatch(b -> places.get(b).entry().within(parent))) {
                    return i;
                }
            }
        }
        return best.get(0);
    }

    /** "Shelling of a residential area. Mykolaiv, in the morning": the nearest place of the same paragraph, earlier first. */
    private static int placeInParagraph(AnalyzedText at, int sentence, Map<Integer, Integer> sentencePlace) {
        String text = at.text();
        for (int d = 1; d <= 3; d++) {
            for (int si : new int[] { sentence - d, sentence + d }) {
                if (si < 0 || si >= at.sentences().size()) {
                    continue;
                }
                int from = Math.min(at.sentences().get(si).end(), at.sentences().get(sentence).end());
                int to = Math.max(at.sentences().get(si).start(), at.sentences().get(sentence).start());
                if (text.substring(Math.min(from, to), Math.max(from, to)).indexOf('\n') >= 0) {
                    continue;
                }
                Integer p = sentencePlace.get(si);
                if (p != null && p >= 0) {
                    return p;
                }
            }
        }
        return -1;
    }

    private static boolean isBackground(String sentence, EventMention e, DocumentDate dct) {
        if (BACKGROUND.matcher(sentence).find()) {
            return true;
        }
        if (e.timexIndex() >= 0 && dct.value() != null && e.dateValue() != null && e.dateValue().matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
            String v = e.dateValue();
            LocalDate last;
            try {
                if (v.length() >= 10 && Character.isDigit(v.charAt(8))) {
                    last = LocalDate.parse(v.substring(0, 10));
                } else if (v.length() >= 7 && Character.isDigit(v.charAt(5))) {
                    last = LocalDate.parse(v.substring(0, 7) + "-01").plusMonths(1).minusDays(1);
                } else {
                    last = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 12, 31);
                }
            } catch (RuntimeException ex) {
                return false;
            }
            return last.isBefore(dct.value().minusDays(30));
        }
        return false;
    }

    /** What a sentence with several reporting cues is about: a rejection or proposal says more than "said". */
    private static int statementPriority(EventType type) {
        return switch (type) {
            case REJECTION -> 0;
            case PROPOSAL -> 1;
            case MEETING -> 2;
            default -> 3;
        };
    }

    /** A statement-family event when the sentence reports no occurrence: the agent is the entity next to the verb. */
    private void statement(AnalyzedText at, Sentence s, List<Trigger> triggers, List<EntityMention> entities,
            List<TimeExpression> timexes, DocumentDate dct, int placeIdx, List<EventMention> events, List<QuoteMention> quotes) {
        Trigger best = null;
        for (Trigger t : triggers) {
            if (t.mode() == Mode.STATEMENT && (best == null || statementPriority(t.type()) < statementPriority(best.type()))) {
                best = t;
            }
        }
        if (best == null) {
            return;
        }
        EntityMention agent = null;
        if (best.type() == EventType.STATEMENT) {
            // "said Andriy Yermak": only reporting verbs put their subject after them
            for (EntityMention m : entities) {
                if (m.start() >= best.end() && m.start() <= best.end() + 2 && !insideQuote(m.start(), quotes)) {
                    agent = m;
                }
            }
        }
        if (agent == null) {
            for (EntityMention m : entities) {
                if (m.start() >= s.start() && m.end() <= best.start() && !insideQuote(m.start(), quotes)
                        && (agent == null || m.start() > agent.start())) {
                    agent = m;
                }
            }
            if (agent != null && at.text().substring(agent.end(), best.start()).indexOf(',') >= 0) {
                // "Medvedev, deputy chairman of Russia's Security Council, dismissed": the subject precedes the apposition
                for (EntityMention m : entities) {
                    if (m.start() >= s.start() && m.end() <= agent.start() && m.isPerson() && !insideQuote(m.start(), quotes)) {
                        agent = m;
                        break;
                    }
                }
            }
        }
        if (agent == null) {
            return;
        }
        Actor actor = agent.actor();
        int timexIdx = governingTimex(timexes, s, best);
        for (EventMention e : events) {
            if (e.type() == best.type() && e.actors().stream().anyMatch(a -> a.name().equals(actor.name()))
                    && (timexIdx < 0 || e.timexIndex() < 0 || datesCompatible(e.dateValue(), timexes.get(timexIdx).value()))) {
                e.sentences.add(s.index());
                return;
            }
        }
        EventMention e = new EventMention(best.start(), best.end(), best.text(), s.index(), best.type());
        setDate(e, timexIdx, timexes, dct);
        e.placeIndex = placeIdx;
        e.addActor(toActor(actor, "party"));
        e.background = isBackground(backgroundWindow(at.text(), s, best.start(), best.end(), quotes), e, dct);
        events.add(e);
    }

    /** The trigger's neighbourhood within its sentence, quoted words blanked: background cues must govern the trigger. */
    private static String backgroundWindow(String text, Sentence s, int start, int end, List<QuoteMention> quotes) {
        int from = Math.max(s.start(), start - 60);
        int to = Math.min(s.end(), end + 40);
        char[] window = text.substring(from, to).toCharArray();
        for (QuoteMention q : quotes) {
            for (int i = Math.max(q.start(), from); i < Math.min(q.end(), to); i++) {
                window[i - from] = ' ';
            }
        }
        return new String(window);
    }

    /** Figures of each sentence go to the event of a kind that owns them, in that sentence or else the story's current one. */
    private void attachFigures(AnalyzedText at, List<EventMention> events, Map<Integer, Integer> sentencePlace,
            List<PlaceMention> places) {
        if (events.isEmpty()) {
            return;
        }
        for (Sentence s : at.sentences()) {
            List<Figure> figures = figureExtractor.extract(at.text(), s.start(), s.end());
            for (Figure f : figures) {
                EventMention target = figureTarget(events, s, f, sentencePlace, places);
                if (target != null) {
                    target.figures.putIfAbsent(f.kind(), f);
                    target.sentences.add(s.index());
                }
            }
        }
    }

    private static EventMention figureTarget(List<EventMention> events, Sentence s, Figure f, Map<Integer, Integer> sentencePlace,
            List<PlaceMention> places) {
        boolean prisoners = f.kind() == FigureKind.PRISONERS_EXCHANGED;
        EventMention inSentence = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EventMention e : events) {
            boolean owns = prisoners ? e.type() == EventType.AGREEMENT : e.type().violent();
            if (!owns || !e.sentences().contains(s.index())) {
                continue;
            }
            int d = e.sentenceIndex() == s.index() ? Math.abs(e.start() - f.start()) : Integer.MAX_VALUE - 1;
            if (inSentence == null || d < bestDistance) {
                inSentence = e;
                bestDistance = d;
            }
        }
        if (inSentence != null) {
            return inSentence;
        }
        PlaceMention here = sentencePlace.getOrDefault(s.index(), -1) >= 0 ? places.get(sentencePlace.get(s.index())) : null;
        EventMention current = null;
        for (EventMention e : events) {
            boolean owns = prisoners ? e.type() == EventType.AGREEMENT : e.type().violent();
            if (owns && e.sentenceIndex() <= s.index() && !e.background()
                    && placesCompatible(e.placeIndex() >= 0 ? places.get(e.placeIndex()) : null, here)) {
                current = e;
            }
        }
        return current;
    }

    private void attachActors(AnalyzedText at, EventMention e, List<PlaceMention> places, List<EntityMention> entities) {
        GazetteerEntry where = e.placeIndex() >= 0 ? places.get(e.placeIndex()).entry() : null;
        StringBuilder sentences = new StringBuilder();
        for (int si : e.sentences()) {
            Sentence s = at.sentences().get(si);
            sentences.append(at.text(), s.start(), s.end()).append('\n');
            if (e.type().statement()) {
                continue;
            }
            for (EntityMention m : entities) {
                if (m.start() >= s.start() && m.end() <= s.end() && !m.isPerson()) {
                    if (e.type().attack() || e.type() == EventType.DISRUPTED_WEAPONS) {
                        if (where != null && m.actor().country() != null && !m.actor().country().equals(where.country())) {
                            e.addActor(toActor(m.actor(), "attacker"));
                        }
                    } else if (e.type() == EventType.ARMED_CLASH) {
                        e.addActor(toActor(m.actor(), "party"));
                    } else if (e.type() == EventType.AGREEMENT) {
                        if (m.actor().country() != null) {
                            GazetteerEntry c = gazetteer.country(m.actor().country());
                            e.addActor(toActor(kb.government(m.actor().country(), c == null ? null : c.name()), "party"));
                        }
                    } else {
                        e.addActor(toActor(m.actor(), "party"));
                    }
                }
            }
            if (e.type() == EventType.AGREEMENT) {
                for (PlaceMention p : places) {
                    if (p.start() >= s.start() && p.end() <= s.end() && p.entry().kind().equals("country")) {
                        e.addActor(toActor(kb.government(p.entry().country(), p.entry().name()), "party"));
                    }
                }
            }
        }
        if (e.type().attack()) {
            // "Ukrainian strikes" (the demonym opens the trigger) or "a Russian missile strike" (it precedes it)
            String first = e.trigger().split("\\s+")[0];
            GazetteerEntry own = gazetteer.countryByDemonym(Character.toUpperCase(first.charAt(0)) + first.substring(1));
            Matcher m = ADJECTIVE_BEFORE.matcher(at.text().substring(Math.max(0, e.start() - 60), e.start()));
            if (own != null) {
                e.addActor(toActor(kb.forces(own.country(), first), "attacker"));
            } else if (m.find()) {
                String demonym = Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1);
                GazetteerEntry c = gazetteer.countryByDemonym(demonym);
                if (c != null) {
                    e.addActor(toActor(kb.forces(c.country(), demonym), "attacker"));
                }
            }
        }
        if (e.type().violent()) {
            String all = sentences.toString();
            if (CIVILIAN.matcher(all).find() && where != null) {
                GazetteerEntry country = gazetteer.country(where.country());
                e.addActor(new EventActor(null, "Civilians (" + (country == null ? where.country() : country.name()) + ")", "target"));
            }
            e.civilianTargeting = TARGETING_CIVILIANS.matcher(all).find();
        }
    }

    /** The foreign country most present in the article (agents and demonyms): the default attacker of a strike there. */
    private String opponentCountry(AnalyzedText at, List<PlaceMention> places, List<EntityMention> entities) {
        Map<String, Integer> counts = new HashMap<>();
        for (EntityMention m : entities) {
            if (!m.isPerson() && m.actor().country() != null) {
                counts.merge(m.actor().country(), 2, Integer::sum);
            }
        }
        at.tokens().forEach(t -> {
            GazetteerEntry c = gazetteer.countryByDemonym(t.text());
            if (c != null) {
                counts.merge(c.country(), 1, Integer::sum);
            }
        });
        String home = null;
        Map<String, Integer> placeCounts = new HashMap<>();
        for (PlaceMention p : places) {
            placeCounts.merge(p.entry().country(), 1, Integer::sum);
        }
        home = placeCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        String h = home;
        return counts.entrySet().stream().filter(en -> !en.getKey().equals(h))
                .max(Map.Entry.<String, Integer> comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static EventActor toActor(Actor a, String role) {
        return a == null ? null : new EventActor(a.entityId(), a.name(), role);
    }

    private static int mainEvent(List<EventMention> events) {
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < events.size(); i++) {
                EventMention e = events.get(i);
                boolean ok = switch (pass) {
                    case 0 -> !e.background() && e.type().violent() && e.type() != EventType.DISRUPTED_WEAPONS;
                    case 1 -> !e.background() && !e.type().statement();
                    default -> !e.background();
                };
                if (ok) {
                    return i;
                }
            }
        }
        return events.isEmpty() ? -1 : 0;
    }
}
