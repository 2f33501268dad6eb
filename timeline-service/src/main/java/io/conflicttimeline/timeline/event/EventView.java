package io.conflicttimeline.timeline.event;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * A timeline event as served by the REST API (field names are part of the API contract). {@code places} is every
 * place the event is in: {@code location} first, then the places inside it that its sources name (the districts of a
 * city a strike hit); empty without a location.
 */
@RegisterForReflection
public record EventView(String id, String type, String subType, String date, String datePrecision,
                        Location location, List<Actor> actors, Figures figures, String summary,
                        List<Source> sources, List<QuoteView> quotes, Double dateConfidence,
                        boolean dateInferred, int version, java.util.Map<String, Range> figureRanges,
                        int independentSources, List<Location> places) {

    public EventView {
        places = places == null ? List.of() : places;
    }

    /** An event whose date is stated by a source (confidence 1). */
    public EventView(String id, String type, String subType, String date, String datePrecision, Location location,
                     List<Actor> actors, Figures figures, String summary, List<Source> sources,
                     List<QuoteView> quotes) {
        this(id, type, subType, date, datePrecision, location, actors, figures, summary, sources, quotes,
                date == null ? null : 1.0, false, 1, java.util.Map.of(), sources.size(),
                location == null ? List.of() : List.of(location));
    }

    @RegisterForReflection
    public record Location(String name, String admin1, String country, Double lat, Double lon, Long geonameId,
                           String precision, String admin2, String kind, String gazetteerId) {

        public Location(String name, String admin1, String country, Double lat, Double lon, Long geonameId,
                        String precision) {
            this(name, admin1, country, lat, lon, geonameId, precision, null, null, null);
        }

        /** The view of a place; null for none. */
        public static Location of(PlaceRef p) {
            return p == null ? null : new Location(p.name(), p.admin1(), p.country(), p.lat(), p.lon(), p.geonameId(),
                    p.precision(), p.admin2(), p.kind(), p.gazetteerId());
        }
    }

    @RegisterForReflection
    public record Actor(String name, String role, String entityId) {
    }

    @RegisterForReflection
    public record Figures(Range killed, Range injured, Weapons missiles, Weapons drones, Prisoners prisoners) {
    }

    /** low = minimum lower bound, best = lowest exact figure (ACLED-style), high = maximum over the sources. */
    @RegisterForReflection
    public record Range(Integer low, Integer best, Integer high) {
    }

    @RegisterForReflection
    public record Weapons(Integer launched, Integer intercepted) {
    }

    @RegisterForReflection
    public record Prisoners(Integer exchanged) {
    }

    @RegisterForReflection
    public record Source(String articleId, String outlet, String title, String publishedAt,
                         String inferredDocumentDate, Double inferredDateConfidence, String sourceFamily,
                         String rewriteOf, Double similarity) {

        public Source(String articleId, String outlet, String title, String publishedAt) {
            this(articleId, outlet, title, publishedAt, null, null, articleId, null, null);
        }
    }

    @RegisterForReflection
    public record QuoteView(String speaker, String text) {
    }
}
