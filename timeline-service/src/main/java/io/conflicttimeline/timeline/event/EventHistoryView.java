package io.conflicttimeline.timeline.event;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** GET /events/{id}/history: the event's versions, oldest first. */
@RegisterForReflection
public record EventHistoryView(String eventId, int version, List<Entry> changes) {

    /** One version: when, which article caused it, why, and each field's old and new value. */
    @RegisterForReflection
    public record Entry(int version, String changedAt, String articleId, String reason, List<FieldChange> fields) {
    }

    @RegisterForReflection
    public record FieldChange(String field, Object from, Object to) {
    }
}
