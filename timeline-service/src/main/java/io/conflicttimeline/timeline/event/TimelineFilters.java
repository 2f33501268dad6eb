package io.conflicttimeline.timeline.event;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The filters of GET /timeline and its exports, declared and documented once (a JAX-RS bean parameter). */
public class TimelineFilters {

    @Parameter(description = "Earliest date (ISO yyyy-MM-dd, inclusive)")
    @RestQuery
    String from;

    @Parameter(description = "Latest date (ISO yyyy-MM-dd, inclusive)")
    @RestQuery
    String to;

    @Parameter(description = "Matches the event type or sub-type (case-insensitive, substring)")
    @RestQuery
    String type;

    @Parameter(description = "Matches the place name, its admin1 or admin2 (case-insensitive, substring);"
            + " a gazetteer id (geonames:703448) selects that place and everything inside it")
    @RestQuery
    String place;

    @Parameter(description = "Matches an actor name (case-insensitive, substring)")
    @RestQuery
    String actor;

    @Parameter(description = "Full text: matches the event summary or a source's title (case-insensitive)")
    @RestQuery
    String q;

    @Parameter(description = "Exact ACLED sub-event type, e.g. Air/drone strike (case-insensitive)")
    @RestQuery
    String subType;

    @Parameter(description = "minLon,minLat,maxLon,maxLat (WGS 84 degrees): events located inside")
    @RestQuery
    String bbox;

    @Parameter(description = "Events with at least this many killed (best estimate)")
    @RestQuery
    String minKilled;

    /** The validated query; a bad filter is a 400 naming the parameter. */
    TimelineQuery query(String limit, String cursor) {
        return TimelineResource.query(from, to, type, place, actor, limit, cursor, q, subType, bbox, minKilled);
    }
}
