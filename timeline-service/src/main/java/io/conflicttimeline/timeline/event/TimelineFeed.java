package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.messaging.TimelineChanged;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** Fans each event change out to the open GET /timeline/stream connections (hot: no replay for late subscribers). */
@ApplicationScoped
public class TimelineFeed {

    /** Changes a stream connection may fall behind by (a placement announces a burst) before it is closed. */
    private static final int BACKLOG = 1024;

    private final BroadcastProcessor<TimelineChanged> processor = BroadcastProcessor.create();

    public void push(TimelineChanged change) {
        processor.onNext(change);
    }

    public Multi<TimelineChanged> stream() {
        // Without a buffer a connection that has not asked for the next item yet fails at once ("lack of requests").
        return processor.onOverflow().buffer(BACKLOG);
    }
}
