package io.conflicttimeline.timeline.event;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** GET /actors/{id}: an actor (entity id as the nlp-service assigns it) and its events, oldest first. */
@RegisterForReflection
public record ActorView(String id, String name, List<EventView> events) {
}
