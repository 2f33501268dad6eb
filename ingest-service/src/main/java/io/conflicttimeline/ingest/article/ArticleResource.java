package io.conflicttimeline.ingest.article;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.conflicttimeline.ingest.problem.Problem;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/** Accepts articles and shows what became of them. */
@Path("/articles")
@Tag(name = "articles")
public class ArticleResource {

    public static final String NDJSON = "application/x-ndjson";

    private final ArticleIntake intake;
    private final ArticleService service;
    private final BulkIngest bulk;

    public ArticleResource(ArticleIntake intake, ArticleService service, BulkIngest bulk) {
        this.intake = intake;
        this.service = service;
        this.bulk = bulk;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one article",
            description = "Cleans the text, derives the id from it and publishes article.ingested once. "
                    + "The same text sent again returns the same id with duplicate=true and sends nothing.")
    @APIResponse(responseCode = "202", description = "Accepted (or already known)",
            content = @Content(schema = @Schema(implementation = SubmissionResult.class)))
    @APIResponse(responseCode = "400", description = "Missing text, invalid JSON, date, URL or language",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text over 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(ArticleSubmission submission) {
        return Uni.createFrom().item(() -> intake.prepare(submission))
                .flatMap(prepared -> service.submit(prepared, IngestSource.REST, null))
                .map(ArticleResource::accepted);
    }

    @POST
    @Path("/text")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Submit a plain-text article file",
            description = "The raw file (UTF-8), such as a seed article: a headline first line becomes the title, "
                    + "outlet and credit lines the outlet. Then as POST /articles.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "202", description = "Accepted (or already known)",
            content = @Content(schema = @Schema(implementation = SubmissionResult.class)))
    @APIResponse(responseCode = "400", description = "Empty text or invalid UTF-8",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text over 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitText(InputStream body,
            @Parameter(description = "Name of the file the text came from, kept with the article")
            @QueryParam("filename") String filename) throws Throwable {
        byte[] bytes = Utf8Text.readAtMost(body, ArticleIntake.MAX_TEXT_BYTES);
        if (bytes == null) {
            throw new ArticleTooLargeException("The text is over " + ArticleIntake.MAX_TEXT_BYTES
                    + " bytes (1 MiB); send one article per request.");
        }
        PreparedArticle prepared = intake.prepare(ArticleSubmission.ofText(Utf8Text.decode(bytes, bytes.length, "The body")));
        String sourceName = filename == null || filename.isBlank() ? null : filename.strip();
        return accepted(VertxContextSupport.subscribeAndAwait(() -> service.submit(prepared, IngestSource.TEXT, sourceName)));
    }

    @POST
    @Path("/bulk")
    @Consumes({ NDJSON, "application/jsonl", "application/ndjson" })
    @Produces(NDJSON)
    @Blocking
    @Operation(summary = "Submit many articles as NDJSON",
            description = "One JSON article per line, streamed: one result line per input line, "
                    + "{\"line\":n,\"id\":...,\"status\":...,\"duplicate\":...} or {\"line\":n,\"error\":...}. "
                    + "Blank lines are skipped; a bad line fails alone.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "One result line per article line",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    public StreamingOutput submitBulk(InputStream body) {
        return out -> bulk.process(body, out);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One article: metadata, status, cleaned and raw text, and what cleaning removed")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleDetails.class)))
    @APIResponse(responseCode = "404", description = "Unknown id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ArticleDetails> get(@PathParam("id") String id) {
        if (!ArticleId.isValid(id)) {
            return Uni.createFrom().failure(new ArticleNotFoundException(id));
        }
        return service.find(id);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Newest articles first, optionally only those with one status")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleSummary.class)))
    @APIResponse(responseCode = "400", description = "Unknown status or limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<ArticleSummary>> list(
            @Parameter(description = "received, annotated, placed or failed") @QueryParam("status") String status,
            @Parameter(description = "1 to 1000") @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidArticleException("\"limit\" must be between 1 and 1000; got " + limit + ".");
        }
        ArticleStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ArticleStatus.fromLabel(status.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidArticleException("\"status\" must be one of received, annotated, placed, failed; got \""
                        + status + "\".");
            }
        }
        return service.list(wanted, limit);
    }

    private static Response accepted(SubmissionResult result) {
        return Response.accepted(result).location(URI.create("/articles/" + result.id())).build();
    }
}
