package io.conflicttimeline.timeline.messaging;

import io.conflicttimeline.timeline.event.EventView;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * TimelineChanged v1, routing key {@code event.created} or {@code event.updated} on the topic exchange
 * {@code timeline}, and the data of each GET /timeline/stream server-sent event.
 *
 * @param change  {@code created} or {@code updated}
 * @param reason  created | source-added | date-inferred | mention-left | merged (the event was merged into another
 *                and no longer exists: {@code event} is null)
 * @param event   the event as GET /events/{id} returns it after the change
 */
@RegisterForReflection
public record TimelineChanged(int schemaVersion, String change, String eventId, int version, String articleId,
                              String reason, String changedAt, EventView event) {
}
