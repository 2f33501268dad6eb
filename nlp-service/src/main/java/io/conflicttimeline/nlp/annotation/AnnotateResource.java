package io.conflicttimeline.nlp.annotation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleIngested;
import io.conflicttimeline.nlp.messaging.Channels;
import io.smallrye.common.annotation.Blocking;

/** Synchronous annotation of one text: the same ArticleAnnotated the queue consumer publishes. */
@Path("/annotate")
@Tag(name = "annotation")
public class AnnotateResource {

    static final int MAX_TEXT_BYTES = 1024 * 1024;

    private final AnnotationService service;
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();

    public AnnotateResource(AnnotationService service) {
        this.service = service;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Annotate a text", description = "Sentences, time expressions, places, entities, events with figures and quotes. "
            + "Offsets refer to the text as sent, or to the returned text when clean is true.")
    @APIResponse(responseCode = "200", description = "The annotation (ArticleAnnotated v1)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAnnotated.class)))
    @APIResponse(responseCode = "400", description = "Missing or blank text, invalid JSON or bad publishedAt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text larger than 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleAnnotated annotate(AnnotateRequest request) {
        if (request == null) {
            throw new InvalidRequestException(400, "request body is required: {\"text\": \"...\"}");
        }
        if (request.text() == null || request.text().isBlank()) {
            throw new InvalidRequestException(400, "text is required and must not be blank");
        }
        if (request.text().getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new InvalidRequestException(413, "text is larger than 1 MiB (UTF-8); split the article");
        }
        String publishedAt = request.publishedAt() == null || request.publishedAt().isBlank() ? null : request.publishedAt().strip();
        if (publishedAt != null && !validDate(publishedAt)) {
            throw new InvalidRequestException(400,
                    "publishedAt must be an ISO-8601 date (2025-02-12) or offset date-time (2025-02-12T18:30:00Z), got: " + publishedAt);
        }
        String text = Boolean.TRUE.equals(request.clean()) ? boilerplate.clean(request.text()) : request.text();
        if (text.isBlank()) {
            throw new InvalidRequestException(400, "text is empty once boilerplate lines are removed");
        }
        return service.annotate(new ArticleIngested(Channels.SCHEMA_VERSION, ArticleIds.of(text), request.title(), null, null,
                publishedAt, "en", text, null));
    }

    private static boolean validDate(String value) {
        try {
            if (value.length() == 10) {
                LocalDate.parse(value);
            } else {
                OffsetDateTime.parse(value);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
