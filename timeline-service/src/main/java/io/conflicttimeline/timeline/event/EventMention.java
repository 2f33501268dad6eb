package io.conflicttimeline.timeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One annotated event of one article; {@code eventId} is the timeline event it was grouped into. */
@Entity
@Table(name = "event_mention")
public class EventMention {

    @Id
    public UUID id;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "annotation_event_id")
    public String annotationEventId;
    @Column(name = "event_id")
    public UUID eventId;
    public String type;
    @Column(name = "sub_type")
    public String subType;
    @Column(name = "type_family")
    public String typeFamily;
    @Column(name = "trigger_text")
    public String trigger;
    @Column(name = "sentence_index")
    public Integer sentenceIndex;
    @Column(name = "start_offset")
    public Integer start;
    @Column(name = "end_offset")
    public Integer end;
    @Column(name = "date_value")
    public String dateValue;
    @Column(name = "date_precision")
    public String datePrecision;
    @Column(name = "date_timex_id")
    public String dateTimexId;
    /** Where it happened and the places inside that its reports name. */
    @Embedded
    public PlaceColumns place;
    /** The mention's figures object as annotated (with offsets); jsonb. */
    @ColumnTransformer(read = "cast(figures as text)", write = "cast(cast(? as text) as jsonb)")
    public String figures;
    /** JSON array of {entityId, name, role}; jsonb. */
    @ColumnTransformer(read = "cast(actors as text)", write = "cast(cast(? as text) as jsonb)")
    public String actors;
    public boolean background;
    @Column(name = "civilian_targeting")
    public boolean civilianTargeting;
    /** The annotation's own date value when dateValue was re-resolved against an inferred document date. */
    @Column(name = "original_date_value")
    public String originalDateValue;
    @Column(name = "date_confidence")
    public Double dateConfidence;
    @Column(name = "date_inferred")
    public boolean dateInferred;
}
