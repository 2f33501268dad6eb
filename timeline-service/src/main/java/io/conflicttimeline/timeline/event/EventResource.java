package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.problem.Problem;
import io.conflicttimeline.timeline.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/** One timeline event. */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final TimelineService timeline;
    private final TimelineResponses responses;

    public EventResource(TimelineService timeline, TimelineResponses responses) {
        this.timeline = timeline;
        this.responses = responses;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one timeline event")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = "No event with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "304", description = "The timeline has not changed since the ETag in If-None-Match")
    public Uni<Response> get(@RestPath String id,
            @Parameter(description = "ETag of the event read before") @RestHeader("If-None-Match") String ifNoneMatch) {
        UUID uuid = uuid(id);
        return responses.respond(ifNoneMatch, version -> responses.event(uuid, version)).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("no event with id '" + id + "'"));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The event's versions",
            description = "Every change of the event, oldest first: version, time, the article that caused it, the"
                    + " reason (created, source-added, date-inferred, mention-left, merged) and each changed field"
                    + " with its old and new value. Also served for an event that was merged into another.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(implementation = EventHistoryView.class)))
    @APIResponse(responseCode = "404", description = "No event with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EventHistoryView> history(@RestPath String id) {
        return timeline.history(uuid(id)).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("no event with id '" + id + "'"));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            // Event ids are UUIDs; anything else cannot name an event.
            throw ProblemException.notFound("no event with id '" + id + "'");
        }
    }
}
