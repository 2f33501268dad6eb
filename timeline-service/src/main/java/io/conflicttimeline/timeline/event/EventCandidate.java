package io.conflicttimeline.timeline.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A timeline event considered for a new mention, with the mentions already attached to it. */
public record EventCandidate(UUID id, Instant createdAt, List<MentionFacts> mentions) {
}
