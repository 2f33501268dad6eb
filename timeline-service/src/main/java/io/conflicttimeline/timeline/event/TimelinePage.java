package io.conflicttimeline.timeline.event;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** One page of the timeline; {@code nextCursor} is null on the last page. */
@RegisterForReflection
public record TimelinePage(List<EventView> events, String nextCursor) {
}
