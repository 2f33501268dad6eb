package io.conflicttimeline.timeline.event;

import java.util.List;

/** What the resolver needs to know about one event mention. */
public record MentionFacts(String articleId, String annotationEventId, String type, String subType, String dateValue,
                           String datePrecision, PlaceRef place, MentionFigures figures, List<ActorRef> actors,
                           boolean background, boolean dateInferred, List<PlaceRef> placeParts) {

    public MentionFacts {
        figures = figures == null ? MentionFigures.NONE : figures;
        actors = actors == null ? List.of() : List.copyOf(actors);
        placeParts = placeParts == null ? List.of() : List.copyOf(placeParts);
    }

    /** A mention that names no place inside its place. */
    public MentionFacts(String articleId, String annotationEventId, String type, String subType, String dateValue,
                        String datePrecision, PlaceRef place, MentionFigures figures, List<ActorRef> actors,
                        boolean background, boolean dateInferred) {
        this(articleId, annotationEventId, type, subType, dateValue, datePrecision, place, figures, actors,
                background, dateInferred, List.of());
    }

    /** A mention whose date is the annotation's own. */
    public MentionFacts(String articleId, String annotationEventId, String type, String subType, String dateValue,
                        String datePrecision, PlaceRef place, MentionFigures figures, List<ActorRef> actors,
                        boolean background) {
        this(articleId, annotationEventId, type, subType, dateValue, datePrecision, place, figures, actors,
                background, false, List.of());
    }

    public String typeFamily() {
        return EventResolver.typeFamily(type);
    }

    public TimexDate date() {
        return TimexDate.parse(dateValue);
    }
}
