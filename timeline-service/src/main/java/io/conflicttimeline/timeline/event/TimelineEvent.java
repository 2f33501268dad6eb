package io.conflicttimeline.timeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A real-world event on the timeline; its fields are derived from its mentions by {@link EventResolver#aggregate}. */
@Entity
@Table(name = "event")
public class TimelineEvent {

    @Id
    public UUID id;
    @Column(name = "type_family")
    public String typeFamily;
    public String type;
    @Column(name = "sub_type")
    public String subType;
    @Column(name = "date_value")
    public String dateValue;
    @Column(name = "date_precision")
    public String datePrecision;
    @Column(name = "date_from")
    public LocalDate dateFrom;
    @Column(name = "date_to")
    public LocalDate dateTo;
    /** Where it happened and the places inside that its reports name. */
    @Embedded
    public PlaceColumns place;
    @Column(name = "killed_low")
    public Integer killedLow;
    @Column(name = "killed_best")
    public Integer killedBest;
    @Column(name = "killed_high")
    public Integer killedHigh;
    @Column(name = "injured_low")
    public Integer injuredLow;
    @Column(name = "injured_best")
    public Integer injuredBest;
    @Column(name = "injured_high")
    public Integer injuredHigh;
    @Column(name = "missiles_launched")
    public Integer missilesLaunched;
    @Column(name = "missiles_intercepted")
    public Integer missilesIntercepted;
    @Column(name = "drones_launched")
    public Integer dronesLaunched;
    @Column(name = "drones_intercepted")
    public Integer dronesIntercepted;
    @Column(name = "prisoners_exchanged")
    public Integer prisonersExchanged;
    /** JSON array of {entityId, name, role}. */
    @ColumnTransformer(read = "cast(actors as text)", write = "cast(cast(? as text) as jsonb)")
    public String actors;
    @Column(name = "actor_names")
    public String actorNames;
    public String summary;
    @Column(name = "mention_count")
    public int mentionCount;
    @Column(name = "source_count")
    public int sourceCount;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Confidence of the event's date: lower when it was inferred across articles. */
    @Column(name = "date_confidence")
    public Double dateConfidence;
    @Column(name = "date_inferred")
    public boolean dateInferred;
    /** Incremented whenever a derived field changes; 0 until the event is first stored. */
    public int version;
    /** JSON object: every figure as {low, best, high}; jsonb. */
    @ColumnTransformer(read = "cast(figure_ranges as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "figure_ranges")
    public String figureRanges;
}
