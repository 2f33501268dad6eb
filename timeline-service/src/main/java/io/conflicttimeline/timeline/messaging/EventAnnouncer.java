package io.conflicttimeline.timeline.messaging;

import io.conflicttimeline.timeline.event.EventChange;
import io.conflicttimeline.timeline.event.TimelineFeed;
import io.conflicttimeline.timeline.event.TimelineService;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Announces committed event changes: event.created / event.updated on the exchange {@code timeline} (persistent,
 * confirmed) and on GET /timeline/stream.
 */
@ApplicationScoped
public class EventAnnouncer {

    private final MutinyEmitter<byte[]> emitter;
    private final TimelineService timeline;
    private final TimelineFeed feed;
    private final JsonMessages messages;

    public EventAnnouncer(@Channel(Channels.EVENTS_OUT) MutinyEmitter<byte[]> emitter, TimelineService timeline,
                          TimelineFeed feed, JsonMessages messages) {
        this.emitter = emitter;
        this.timeline = timeline;
        this.feed = feed;
        this.messages = messages;
    }

    /** One message per change, in order; each completes when the broker confirmed it. */
    public Uni<Void> announce(List<EventChange> changes) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (EventChange change : changes) {
            chain = chain.chain(() -> timeline.event(change.eventId).chain(view -> {
                if (view == null && !"merged".equals(change.reason)) {
                    // Created or changed, then merged into another event by the same placement: its "merged"
                    // change says so.
                    return Uni.createFrom().voidItem();
                }
                boolean created = "created".equals(change.reason);
                TimelineChanged message = new TimelineChanged(Channels.SCHEMA_VERSION,
                        created ? "created" : "updated", change.eventId.toString(), change.version,
                        change.articleId, change.reason, change.changedAt.toString(), view);
                feed.push(message);
                return emitter.sendMessage(messages.persistent(message, created ? Channels.EVENT_CREATED
                        : Channels.EVENT_UPDATED));
            }));
        }
        return chain;
    }
}
