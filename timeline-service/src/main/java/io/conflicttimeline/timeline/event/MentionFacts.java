package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.source.StoryText;
import java.util.List;

/**
 * What the resolver needs to know about one event mention. {@code text} is the headline and lead of the mention's
 * article ({@link StoryText}); null when unknown, and then the texts are not compared. {@code dateReported}: the date
 * is the report's own (no expression in the text dates the event, so the annotation gave it the document date), which
 * only says that the event happened by then: a trial, a funeral or an arrest reported weeks after the incident.
 */
public record MentionFacts(String articleId, String annotationEventId, String type, String subType, String dateValue,
                           String datePrecision, PlaceRef place, MentionFigures figures, List<ActorRef> actors,
                           boolean background, boolean dateInferred, List<PlaceRef> placeParts, StoryText text,
                           boolean dateReported) {

    public MentionFacts {
        figures = figures == null ? MentionFigures.NONE : figures;
        actors = actors == null ? List.of() : List.copyOf(actors);
        placeParts = placeParts == null ? List.of() : List.copyOf(placeParts);
        dateReported = dateReported && dateValue != null;
    }

    /** A mention whose date, if any, the text states. */
    public MentionFacts(String articleId, String annotationEventId, String type, String subType, String dateValue,
                        String datePrecision, PlaceRef place, MentionFigures figures, List<ActorRef> actors,
                        boolean background, boolean dateInferred, List<PlaceRef> placeParts, StoryText text) {
        this(articleId, annotationEventId, type, subType, dateValue, datePrecision, place, figures, actors,
                background, dateInferred, placeParts, text, false);
    }

    /** A mention whose article text is not known (yet). */
    public MentionFacts(String articleId, String annotationEventId, String type, String subType, String dateValue,
                        String datePrecision, PlaceRef place, MentionFigures figures, List<ActorRef> actors,
                        boolean background, boolean dateInferred, List<PlaceRef> placeParts) {
        this(articleId, annotationEventId, type, subType, dateValue, datePrecision, place, figures, actors,
                background, dateInferred, placeParts, null);
    }

    /** A mention that names no place inside its place. */
    public MentionFacts(String articleId, String annotationEventId, String type, String subType, String dateValue,
                        String datePrecision, PlaceRef place, MentionFigures figures, List<ActorRef> actors,
                        boolean background, boolean dateInferred, StoryText text) {
        this(articleId, annotationEventId, type, subType, dateValue, datePrecision, place, figures, actors,
                background, dateInferred, List.of(), text);
    }

    public MentionFacts(String articleId, String annotationEventId, String type, String subType, String dateValue,
                        String datePrecision, PlaceRef place, MentionFigures figures, List<ActorRef> actors,
                        boolean background, boolean dateInferred) {
        this(articleId, annotationEventId, type, subType, dateValue, datePrecision, place, figures, actors,
                background, dateInferred, List.of(), null);
    }

    /** A mention whose date is the annotation's own. */
    public MentionFacts(String articleId, String annotationEventId, String type, String subType, String dateValue,
                        String datePrecision, PlaceRef place, MentionFigures figures, List<ActorRef> actors,
                        boolean background) {
        this(articleId, annotationEventId, type, subType, dateValue, datePrecision, place, figures, actors,
                background, false, List.of(), null);
    }

    public MentionFacts withText(StoryText text) {
        return new MentionFacts(articleId, annotationEventId, type, subType, dateValue, datePrecision, place, figures,
                actors, background, dateInferred, placeParts, text, dateReported);
    }

    public MentionFacts withDateReported(boolean reported) {
        return new MentionFacts(articleId, annotationEventId, type, subType, dateValue, datePrecision, place, figures,
                actors, background, dateInferred, placeParts, text, reported);
    }

    public String typeFamily() {
        return EventResolver.typeFamily(type);
    }

    public TimexDate date() {
        return TimexDate.parse(dateValue);
    }
}
