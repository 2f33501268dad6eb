package io.conflicttimeline.nlp.annotation;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Client errors as application/problem+json with a detail that says what to fix. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e, UriInfo uri) {
        return problem(e.status(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        String msg = e.getOriginalMessage();
        return problem(400, "request body is not valid JSON: " + (msg == null ? e.getClass().getSimpleName() : msg), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri);
        }
        String detail = switch (status) {
            case 415 -> "unsupported content type: send the article as application/json";
            case 413 -> "request body too large";
            case 404 -> "no such resource";
            case 405 -> "method not allowed";
            case 406 -> "the response is application/json";
            default -> e.getMessage();
        };
        return problem(status, detail, uri);
    }

    static Response problem(int status, String detail, UriInfo uri) {
        Response.Status s = Response.Status.fromStatusCode(status);
        String title = s == null ? "Error" : s.getReasonPhrase();
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath())).build();
    }
}
