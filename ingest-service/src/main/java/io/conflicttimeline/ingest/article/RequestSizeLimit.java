package io.conflicttimeline.ingest.article;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.ingest.problem.Problem;

/**
 * The HTTP body limit is raised for the streamed bulk endpoint; single-article bodies declaring a larger size are
 * refused here before anything is read.
 */
public class RequestSizeLimit {

    /** A JSON article may carry 1 MiB of text written with escapes, plus metadata. */
    static final long MAX_SINGLE_BODY_BYTES = 8L * ArticleIntake.MAX_TEXT_BYTES;

    private final ObjectMapper mapper;

    public RequestSizeLimit(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!"POST".equals(request.getMethod()) || !path.startsWith("/articles") || path.startsWith("/articles/bulk")) {
            return Optional.empty();
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return Optional.empty();
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        long limit = path.startsWith("/articles/text") ? ArticleIntake.MAX_TEXT_BYTES : MAX_SINGLE_BODY_BYTES;
        if (length <= limit) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body is " + length
                + " bytes; one article may have at most " + ArticleIntake.MAX_TEXT_BYTES
                + " bytes (1 MiB) of text. Use POST /articles/bulk for many articles.", path).toResponse(mapper));
    }
}
