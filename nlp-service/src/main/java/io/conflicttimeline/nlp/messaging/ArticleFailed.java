package io.conflicttimeline.nlp.messaging;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** ArticleFailed v1 ({@code article.failed}): sent when an article is dead-lettered, so that its status can show it. */
@RegisterForReflection
public record ArticleFailed(int schemaVersion, String articleId, String stage, String reason, String failedAt) {
}
