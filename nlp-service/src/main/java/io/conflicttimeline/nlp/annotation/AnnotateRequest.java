package io.conflicttimeline.nlp.annotation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of {@code POST /annotate}. */
@RegisterForReflection
public record AnnotateRequest(
        @Schema(required = true, description = "Article text; offsets in the answer refer to it (or to the cleaned text when clean is true)") String text,
        @Schema(description = "ISO-8601 date or offset date-time, e.g. 2025-02-12 or 2025-02-12T18:30:00Z") String publishedAt,
        @Schema(description = "Headline") String title,
        @Schema(description = "Drop boilerplate lines (teasers, adverts, image captions, comment forms) first") Boolean clean) {
}
