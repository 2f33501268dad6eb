package io.conflicttimeline.ingest.cleaning;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A piece of the raw text removed by cleaning: UTF-16 offsets into the raw text, end exclusive. */
@RegisterForReflection
public record RemovedSpan(RemovalKind kind, int start, int end, String text) {
}
