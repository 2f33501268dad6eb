package io.conflicttimeline.timeline.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.timeline.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The timeline as files: ACLED-like CSV, GeoJSON, JSON Lines; the same filters as GET /timeline, no paging. */
@Path("/")
public class ExportResource {

    /** Exports stop here; narrow the filters for more. */
    static final int MAX_EVENTS = 10_000;
    public static final String CSV = "text/csv";
    public static final String GEOJSON = "application/geo+json";
    public static final String JSONL = "application/x-ndjson";

    private final TimelineService timeline;
    private final ObjectMapper mapper;

    public ExportResource(TimelineService timeline, ObjectMapper mapper) {
        this.timeline = timeline;
        this.mapper = mapper;
    }

    @GET
    @Path("timeline.csv")
    @Produces(CSV + ";charset=utf-8")
    @Operation(summary = "The timeline as ACLED-like CSV (RFC 4180)",
            description = "Columns: " + "event_id, event_date, time_precision (1 day, 2 week, 3 month or less),"
                    + " event_type, sub_event_type, actor1, actor2, admin1, admin2, location, latitude, longitude,"
                    + " geo_precision (1 settlement, 2 admin2, 3 region), source, notes, fatalities (best estimate,"
                    + " empty when unreported), injured, missiles_launched, missiles_intercepted, drones_launched,"
                    + " drones_intercepted, date_value (TIMEX3), source_count. Same filters as GET /timeline.")
    @APIResponse(responseCode = "200", description = "CSV with a header row")
    @APIResponse(responseCode = "400", description = "A filter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<String> csv(@BeanParam TimelineFilters filters) {
        return events(filters).map(TimelineExport::csv);
    }

    @GET
    @Path("timeline.geojson")
    @Produces(GEOJSON)
    @Operation(summary = "The timeline as a GeoJSON FeatureCollection",
            description = "One Feature per event: Point geometry [longitude, latitude] (null when the event has no"
                    + " location), properties date, type, place, figures, summary. Same filters as GET /timeline.")
    @APIResponse(responseCode = "200", description = "GeoJSON (RFC 7946)")
    @APIResponse(responseCode = "400", description = "A filter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<String> geoJson(@BeanParam TimelineFilters filters) {
        return events(filters)
                .map(events -> TimelineExport.geoJson(events, mapper));
    }

    @GET
    @Path("timeline.jsonl")
    @Produces(JSONL)
    @Operation(summary = "The timeline as JSON Lines",
            description = "One event per line, as GET /events/{id} returns it. Same filters as GET /timeline.")
    @APIResponse(responseCode = "200", description = "JSON Lines")
    @APIResponse(responseCode = "400", description = "A filter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<String> jsonLines(@BeanParam TimelineFilters filters) {
        return events(filters)
                .map(events -> TimelineExport.jsonLines(events, mapper));
    }

    private Uni<java.util.List<EventView>> events(TimelineFilters filters) {
        return timeline.all(filters.query(null, null), MAX_EVENTS);
    }
}
