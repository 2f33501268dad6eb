package io.conflicttimeline.timeline.event;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** GET /places/{id}: a gazetteer place and the events in it or inside it (its districts, towns), oldest first. */
@RegisterForReflection
public record PlaceView(String id, String name, String kind, String admin1, String admin2, String country, Double lat,
                        Double lon, List<EventView> events) {
}
