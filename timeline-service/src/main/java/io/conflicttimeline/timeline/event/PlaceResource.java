package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.problem.Problem;
import io.conflicttimeline.timeline.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

/** Places and actors with their events. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PlaceResource {

    private final TimelineService timeline;

    public PlaceResource(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GET
    @Path("places/{id}")
    @Operation(summary = "A place and its events",
            description = "The place by its gazetteer id (the events' location.gazetteerId, e.g. ua-post:01001 for"
                    + " Kyiv) with the events located in it or inside it (districts of a city, towns of an oblast).")
    @APIResponse(responseCode = "200", description = "The place",
            content = @Content(schema = @Schema(implementation = PlaceView.class)))
    @APIResponse(responseCode = "404", description = "No event is located at this place",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PlaceView> place(@RestPath String id) {
        return timeline.place(id).onItem().ifNull().failWith(() -> ProblemException.notFound(
                "no event is located at place '" + id + "'; use a location.gazetteerId from GET /timeline"));
    }

    @GET
    @Path("actors/{id}")
    @Operation(summary = "An actor and its events",
            description = "The actor by its entity id (the events' actors[].entityId, e.g. local:vitali-klitschko or"
                    + " wikidata:Q...) with the events it takes part in.")
    @APIResponse(responseCode = "200", description = "The actor",
            content = @Content(schema = @Schema(implementation = ActorView.class)))
    @APIResponse(responseCode = "404", description = "No event names this actor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ActorView> actor(@RestPath String id) {
        return timeline.actor(id).onItem().ifNull().failWith(() -> ProblemException.notFound(
                "no event names actor '" + id + "'; use an actors[].entityId from GET /timeline"));
    }
}
