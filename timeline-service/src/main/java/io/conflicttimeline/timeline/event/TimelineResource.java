package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.problem.Problem;
import io.conflicttimeline.timeline.problem.ProblemException;
import io.conflicttimeline.timeline.messaging.TimelineChanged;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The timeline: events ordered by date, filterable, paged by an opaque keyset cursor. */
@Path("/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private final TimelineService timeline;
    private final TimelineFeed feed;
    private final TimelineResponses responses;

    public TimelineResource(TimelineService timeline, TimelineFeed feed, TimelineResponses responses) {
        this.timeline = timeline;
        this.feed = feed;
        this.responses = responses;
    }

    @GET
    @Operation(summary = "List timeline events",
            description = "Events ordered by date (undated last), each with location, actors, figures, summary,"
                    + " sources and quotes.")
    @APIResponse(responseCode = "200", description = "One page of events",
            content = @Content(schema = @Schema(implementation = TimelinePage.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "304", description = "The timeline has not changed since the ETag in If-None-Match")
    public Uni<Response> list(@BeanParam TimelineFilters filters,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @RestQuery String limit,
            @Parameter(description = "nextCursor of the previous page") @RestQuery String cursor,
            @Parameter(description = "ETag of a page read before") @RestHeader("If-None-Match") String ifNoneMatch) {
        TimelineQuery query = filters.query(limit, cursor);
        return responses.respond(ifNoneMatch, version -> responses.page(query, version));
    }

    /** Validates the filters shared by /timeline and its exports; a bad one is a 400 naming the parameter. */
    static TimelineQuery query(String from, String to, String type, String place, String actor, String limit,
                               String cursor, String q, String subType, String bbox, String minKilled) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw ProblemException.badRequest("from (" + fromDate + ") is after to (" + toDate + ")");
        }
        TimelineQuery.BoundingBox box = null;
        if (bbox != null && !bbox.isBlank()) {
            try {
                box = TimelineQuery.BoundingBox.parse(bbox.trim());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("bbox " + e.getMessage() + ", got '" + bbox + "'");
            }
        }
        Integer killed = null;
        if (minKilled != null && !minKilled.isBlank()) {
            try {
                killed = Integer.parseInt(minKilled.trim());
            } catch (NumberFormatException e) {
                killed = -1;
            }
            if (killed < 0) {
                throw ProblemException.badRequest("minKilled must be a non-negative integer, got '" + minKilled + "'");
            }
        }
        return new TimelineQuery(fromDate, toDate, text(type), text(place), text(actor), limit(limit),
                cursor(cursor), text(q), text(subType), box, killed);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live updates (server-sent events)",
            description = "One event per created or changed timeline event, from the moment of connecting; the data"
                    + " is TimelineChanged v1 {schemaVersion, change (created|updated), eventId, version, articleId,"
                    + " reason, changedAt, event}, the same payload as the event.created / event.updated messages.")
    @APIResponse(responseCode = "200", description = "text/event-stream")
    public Multi<TimelineChanged> stream() {
        return feed.stream();
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The timeline as a one-screen text table",
            description = "Date, type, place, figures and number of sources per event, oldest first; the first"
                    + " `limit` events (default 50).")
    @APIResponse(responseCode = "200", description = "Plain-text table")
    @APIResponse(responseCode = "400", description = "limit is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<String> summary(
            @Parameter(description = "Number of events, 1 to 500 (default 50)") @RestQuery String limit) {
        TimelineQuery query = new TimelineQuery(null, null, null, null, null, limit(limit), null);
        return timeline.page(query).map(page -> TimelineDigest.render(page.events(), page.nextCursor() != null));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO date (yyyy-MM-dd), got '" + value + "'");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return TimelineQuery.DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("limit must be an integer from 1 to " + TimelineQuery.MAX_LIMIT
                    + ", got '" + value + "'");
        }
        if (limit < 1 || limit > TimelineQuery.MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be from 1 to " + TimelineQuery.MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }

    private static TimelineCursor cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TimelineCursor.decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("cursor is invalid (" + e.getMessage()
                    + "); pass the nextCursor of a previous page unchanged");
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
