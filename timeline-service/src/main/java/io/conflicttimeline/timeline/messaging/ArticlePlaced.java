package io.conflicttimeline.timeline.messaging;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/** ArticlePlaced v1 ({@code article.placed}): the article's mentions are attached to these timeline events. */
@RegisterForReflection
public record ArticlePlaced(int schemaVersion, String articleId, List<String> eventIds, Instant placedAt) {
}
