package io.conflicttimeline.ingest.article;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Answer to a submission: the article id, its current status and whether it was already stored. */
@RegisterForReflection
public record SubmissionResult(String id, String status, boolean duplicate) {
}
