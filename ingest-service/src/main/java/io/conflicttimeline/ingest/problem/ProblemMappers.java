package io.conflicttimeline.ingest.problem;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.conflicttimeline.ingest.article.ArticleNotFoundException;
import io.conflicttimeline.ingest.article.ArticleTooLargeException;
import io.conflicttimeline.ingest.article.InvalidArticleException;

/**
 * Maps the failures a client can fix to application/problem+json. Deliberately no mapper for Throwable: a bug must
 * stay a visible 500.
 */
public class ProblemMappers {

    private final ObjectMapper mapper;

    public ProblemMappers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerExceptionMapper
    public Response tooLarge(ArticleTooLargeException e, UriInfo uri) {
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage(), uri.getPath()).toResponse(mapper);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidArticleException e, UriInfo uri) {
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage(), uri.getPath()).toResponse(mapper);
    }

    @ServerExceptionMapper
    public Response notFound(ArticleNotFoundException e, UriInfo uri) {
        return Problem.of(Response.Status.NOT_FOUND, e.getMessage(), uri.getPath()).toResponse(mapper);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return Problem.of(Response.Status.BAD_REQUEST, "The body is not a valid JSON article" + where + ": "
                + e.getOriginalMessage() + ". Send a UTF-8 JSON object such as {\"text\": \"...\"}.", uri.getPath())
                .toResponse(mapper);
    }

    /** As specific as the built-in mapper for this type, so that ours (user priority) is chosen. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "This endpoint does not accept that Content-Type: "
                + "POST /articles takes application/json, POST /articles/text takes text/plain, "
                + "POST /articles/bulk takes application/x-ndjson.", uri.getPath()).toResponse(mapper);
    }

    /**
     * The JSON reader reports malformed JSON wrapped in a 400; other 4xx raised by the framework (unknown path, wrong
     * method, ...) keep their status and get a problem body. Anything else is passed through untouched.
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getFamily() != Response.Status.Family.CLIENT_ERROR) {
            return e.getResponse();
        }
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri.getPath())
                .toResponse(mapper);
    }
}
