package io.conflicttimeline.timeline.event;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An actor of an event: canonical name, stable id when known, role {@code attacker|target|party}. */
@RegisterForReflection
public record ActorRef(String entityId, String name, String role) {

    /** Identity for de-duplication: the stable id, else the lower-cased name. */
    public String key() {
        return entityId != null ? entityId : (name == null ? "" : name.toLowerCase(java.util.Locale.ROOT));
    }
}
