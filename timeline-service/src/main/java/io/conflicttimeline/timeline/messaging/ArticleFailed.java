package io.conflicttimeline.timeline.messaging;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** ArticleFailed v1 ({@code article.failed}); {@code articleId} is null when the message could not be read. */
@RegisterForReflection
public record ArticleFailed(int schemaVersion, String articleId, String stage, String reason, Instant failedAt) {
}
