package io.conflicttimeline.timeline.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes article.placed and article.failed; each send completes when the broker confirms it. */
@ApplicationScoped
public class ArticleOutcomes {

    private final MutinyEmitter<byte[]> placed;
    private final MutinyEmitter<byte[]> failed;
    private final JsonMessages messages;

    public ArticleOutcomes(@Channel(Channels.PLACED_OUT) MutinyEmitter<byte[]> placed,
                           @Channel(Channels.FAILED_OUT) MutinyEmitter<byte[]> failed, JsonMessages messages) {
        this.placed = placed;
        this.failed = failed;
        this.messages = messages;
    }

    public Uni<Void> placed(ArticlePlaced message) {
        return placed.sendMessage(messages.persistent(message, Channels.ARTICLE_PLACED));
    }

    public Uni<Void> failed(ArticleFailed message) {
        return failed.sendMessage(messages.persistent(message, Channels.ARTICLE_FAILED));
    }
}
