package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.messaging.TimelineChanged;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** Fans each event change out to the open GET /timeline/stream connections (hot: no replay for late subscribers). */
@ApplicationScoped
public class TimelineFeed {

    private final BroadcastProcessor<TimelineChanged> processor = BroadcastProcessor.create();

    public void push(TimelineChanged change) {
        processor.onNext(change);
    }

    public Multi<TimelineChanged> stream() {
        return processor;
    }
}
