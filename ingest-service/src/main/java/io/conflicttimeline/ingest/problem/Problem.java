package io.conflicttimeline.ingest.problem;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An RFC 9457 problem detail, sent as application/problem+json. */
@RegisterForReflection
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.Status status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance);
    }

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance);
    }

    /** Serialised here so the body does not depend on a message body writer accepting the problem media type. */
    public Response toResponse(ObjectMapper mapper) {
        try {
            return Response.status(status).type(MEDIA_TYPE).entity(mapper.writeValueAsString(this)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
    }
}
