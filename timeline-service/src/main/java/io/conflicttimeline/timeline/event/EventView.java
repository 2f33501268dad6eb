package io.conflicttimeline.timeline.event;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A timeline event as served by the REST API (field names are part of the API contract). */
@RegisterForReflection
public record EventView(String id, String type, String subType, String date, String datePrecision,
                        Location location, List<Actor> actors, Figures figures, String summary,
                        List<Source> sources, List<QuoteView> quotes) {

    @RegisterForReflection
    public record Location(String name, String admin1, String country, Double lat, Double lon, Long geonameId,
                           String precision) {
    }

    @RegisterForReflection
    public record Actor(String name, String role) {
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
    public record Source(String articleId, String outlet, String title, String publishedAt) {
    }

    @RegisterForReflection
    public record QuoteView(String speaker, String text) {
    }
}
