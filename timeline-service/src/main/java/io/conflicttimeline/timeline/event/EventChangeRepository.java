package io.conflicttimeline.timeline.event;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Event history. */
@ApplicationScoped
public class EventChangeRepository implements PanacheRepositoryBase<EventChange, UUID> {

    public Uni<List<EventChange>> byEvent(UUID eventId) {
        return list("eventId = ?1 order by version", eventId);
    }
}
