package io.conflicttimeline.timeline.event;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Timeline events. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<TimelineEvent, UUID> {
}
