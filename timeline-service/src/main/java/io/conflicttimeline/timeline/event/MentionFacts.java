package io.conflicttimeline.timeline.event;

import java.util.List;

/** What the resolver needs to know about one event mention. */
public record MentionFacts(String articleId, String annotationEventId, String type, String subType, String dateValue,
                           String datePrecision, PlaceRef place, MentionFigures figures, List<ActorRef> actors,
                           boolean background) {

    public MentionFacts {
        figures = figures == null ? MentionFigures.NONE : figures;
        actors = actors == null ? List.of() : List.copyOf(actors);
    }

    public String typeFamily() {
        return EventResolver.typeFamily(type);
    }

    public TimexDate date() {
        return TimexDate.parse(dateValue);
    }
}
