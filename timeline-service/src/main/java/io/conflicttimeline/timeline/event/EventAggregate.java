package io.conflicttimeline.timeline.event;

import java.time.LocalDate;
import java.util.List;

/** The fields of a timeline event derived from all its mentions (see {@link EventResolver#aggregate}). */
public record EventAggregate(String typeFamily, String type, String subType, String dateValue, String datePrecision,
                             LocalDate dateFrom, LocalDate dateTo, PlaceRef place, FigureRange killed,
                             FigureRange injured, FigureRange missilesLaunched, FigureRange missilesIntercepted,
                             FigureRange dronesLaunched, FigureRange dronesIntercepted, FigureRange prisonersExchanged,
                             List<ActorRef> actors, List<PlaceRef> placeParts) {

    public EventAggregate {
        placeParts = placeParts == null ? List.of() : List.copyOf(placeParts);
    }

    /** An event whose reports name no place inside its place. */
    public EventAggregate(String typeFamily, String type, String subType, String dateValue, String datePrecision,
                          LocalDate dateFrom, LocalDate dateTo, PlaceRef place, FigureRange killed,
                          FigureRange injured, FigureRange missilesLaunched, FigureRange missilesIntercepted,
                          FigureRange dronesLaunched, FigureRange dronesIntercepted, FigureRange prisonersExchanged,
                          List<ActorRef> actors) {
        this(typeFamily, type, subType, dateValue, datePrecision, dateFrom, dateTo, place, killed, injured,
                missilesLaunched, missilesIntercepted, dronesLaunched, dronesIntercepted, prisonersExchanged, actors,
                List.of());
    }

    public MentionFigures bestFigures() {
        return new MentionFigures(best(killed), best(injured), best(missilesLaunched), best(missilesIntercepted),
                best(dronesLaunched), best(dronesIntercepted), best(prisonersExchanged));
    }

    private static FigureReport best(FigureRange range) {
        return range == null || range.best() == null ? null : FigureReport.exact(range.best());
    }
}
