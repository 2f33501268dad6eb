package io.conflicttimeline.timeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.ColumnTransformer;

/**
 * The place columns that {@link TimelineEvent} and {@link EventMention} share (same names in both tables): where the
 * event happened and the places inside it that its reports name. Hibernate leaves the embedded field null when all
 * its columns are null, so read it through {@link #ref(PlaceColumns)}.
 */
@Embeddable
public class PlaceColumns {

    @Column(name = "place_name")
    public String name;
    @Column(name = "place_kind")
    public String kind;
    @Column(name = "place_admin1")
    public String admin1;
    @Column(name = "place_admin2")
    public String admin2;
    @Column(name = "place_country")
    public String country;
    @Column(name = "place_lat")
    public Double lat;
    @Column(name = "place_lon")
    public Double lon;
    @Column(name = "place_gazetteer_id")
    public String gazetteerId;
    @Column(name = "place_geoname_id")
    public Long geonameId;
    @Column(name = "place_precision")
    public String precision;
    /** JSON array of {@link PlaceRef}: the places inside this one that the reports name; jsonb, null when none. */
    @ColumnTransformer(read = "cast(place_parts as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "place_parts")
    public String parts;

    /** The columns of a place (null: no place) and its parts as JSON (null: none). */
    public static PlaceColumns of(PlaceRef place, String partsJson) {
        PlaceColumns columns = new PlaceColumns();
        if (place != null) {
            columns.name = place.name();
            columns.kind = place.kind();
            columns.admin1 = place.admin1();
            columns.admin2 = place.admin2();
            columns.country = place.country();
            columns.lat = place.lat();
            columns.lon = place.lon();
            columns.gazetteerId = place.gazetteerId();
            columns.geonameId = place.geonameId();
            columns.precision = place.precision();
            columns.parts = partsJson;
        }
        return columns;
    }

    /** The stored place, or null when there is none. */
    public static PlaceRef ref(PlaceColumns columns) {
        return columns == null || columns.name == null && columns.gazetteerId == null ? null
                : new PlaceRef(columns.name, columns.kind, columns.country, columns.admin1, columns.admin2,
                        columns.lat, columns.lon, columns.gazetteerId, columns.geonameId, columns.precision);
    }

    /** The parts as stored (JSON), or null. */
    public static String parts(PlaceColumns columns) {
        return columns == null ? null : columns.parts;
    }
}
