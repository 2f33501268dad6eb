package io.conflicttimeline.nlp.event;

/** An actor of an event: attacker, target or party. */
public record EventActor(String entityId, String name, String role) {
}
