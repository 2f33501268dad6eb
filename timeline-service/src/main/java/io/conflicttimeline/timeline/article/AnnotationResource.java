package io.conflicttimeline.timeline.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.timeline.problem.Problem;
import io.conflicttimeline.timeline.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

/** The annotation an article was placed from. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class AnnotationResource {

    private final ArticleService articles;
    private final ObjectMapper mapper;

    public AnnotationResource(ArticleService articles, ObjectMapper mapper) {
        this.articles = articles;
        this.mapper = mapper;
    }

    @GET
    @Path("/{id}/annotation")
    @Operation(summary = "Get the stored ArticleAnnotated message of an article")
    @APIResponse(responseCode = "200", description = "The annotation JSON as received")
    @APIResponse(responseCode = "404", description = "No annotation stored for this article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<JsonNode> annotation(@RestPath String id) {
        return articles.annotation(id)
                .onItem().ifNull()
                .failWith(() -> ProblemException.notFound("no annotation stored for article '" + id + "'"))
                .map(this::tree);
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
