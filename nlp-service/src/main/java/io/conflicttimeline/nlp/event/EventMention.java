package io.conflicttimeline.nlp.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.conflicttimeline.nlp.figure.Figure;
import io.conflicttimeline.nlp.figure.FigureKind;

/** One event of the article, possibly mentioned in several sentences (mentions of the same event are merged). */
public final class EventMention {

    final int start;
    final int end;
    final String trigger;
    final int sentenceIndex;
    EventType type;
    String dateValue;
    String datePrecision;
    int timexIndex = -1;
    int placeIndex = -1;
    final List<EventActor> actors = new ArrayList<>();
    final Map<FigureKind, Figure> figures = new EnumMap<>(FigureKind.class);
    boolean civilianTargeting;
    boolean background;
    /** False while the attack's weapon is unnamed ("attacked", "fired on"): a later mention naming it sets the sub-type. */
    boolean weaponStated = true;
    /** The sentence states an amount (money, numbers of weapons): aid that is news rather than a topic of talks. */
    boolean quantified;
    /** A statement read from the author's stance (first person, appeal), weaker than an explicit speech act. */
    boolean stance;
    /** A speech act whose sentence also names an occurrence as what was said ("Zelensky says ... after rockets hit"). */
    boolean framesOccurrence;
    final TreeSet<Integer> sentences = new TreeSet<>();

    EventMention(int start, int end, String trigger, int sentenceIndex, EventType type) {
        this.start = start;
        this.end = end;
        this.trigger = trigger;
        this.sentenceIndex = sentenceIndex;
        this.type = type;
        sentences.add(sentenceIndex);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String trigger() {
        return trigger;
    }

    public int sentenceIndex() {
        return sentenceIndex;
    }

    public EventType type() {
        return type;
    }

    public String dateValue() {
        return dateValue;
    }

    public String datePrecision() {
        return datePrecision;
    }

    /** Index into the timex list, or -1 when the date is the document date. */
    public int timexIndex() {
        return timexIndex;
    }

    /** Index into the place list, or -1. */
    public int placeIndex() {
        return placeIndex;
    }

    public List<EventActor> actors() {
        return actors;
    }

    public Map<FigureKind, Figure> figures() {
        return figures;
    }

    public boolean civilianTargeting() {
        return civilianTargeting;
    }

    public boolean background() {
        return background;
    }

    /** Sentences that mention this event. */
    public TreeSet<Integer> sentences() {
        return sentences;
    }

    void addActor(EventActor actor) {
        if (actor != null && actors.stream().noneMatch(a -> a.name().equals(actor.name()) && a.role().equals(actor.role()))) {
            actors.add(actor);
        }
    }
}
