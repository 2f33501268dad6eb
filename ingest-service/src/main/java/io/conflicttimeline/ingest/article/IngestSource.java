package io.conflicttimeline.ingest.article;

/** How an article reached the service, kept for operators. */
public enum IngestSource {
    REST, BULK, TEXT, QUEUE, SEED
}
