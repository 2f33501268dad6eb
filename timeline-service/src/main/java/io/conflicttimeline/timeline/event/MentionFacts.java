package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.source.StoryText;
import java.util.List;

/**
 * What the resolver needs to know about one event mention. {@code text} is the headline and lead of the mention's
 * article ({@link StoryText}); null when unknown, and then the texts are not compared.
 */
public record MentionFacts(String articleId, String annotationEventId, String type, String subType, String dateValue,
                           String datePrecision, PlaceRef place, MentionFigures figures, List<ActorRef> actors,
                           boolean background, boolean dateInferred, List<PlaceRef> placeParts, StoryText text) {

    public MentionFacts {
        figures = figures == null ? MentionFigures.NONE : figures;
        actors = actors == null ? List.of() : List.copyOf(actors);
        placeParts = placeParts == null ? List.of() : List.copyOf(placeParts);
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
                actors, background, dateInferred, placeParts, text);
    }

    public String typeFamily() {
        return EventResolver.typeFamily(type);
    }

    public TimexDate date() {
        return TimexDate.parse(dateValue);
    }
}
