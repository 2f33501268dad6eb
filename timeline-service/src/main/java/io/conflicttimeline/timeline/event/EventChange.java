package io.conflicttimeline.timeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One version of a timeline event: what changed, when, and which article caused it. */
@Entity
@Table(name = "event_change")
public class EventChange {

    @Id
    public UUID id;
    @Column(name = "event_id")
    public UUID eventId;
    public int version;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "article_id")
    public String articleId;
    /** created | source-added | date-inferred | mention-left | merged. */
    public String reason;
    /** JSON array of {field, from, to}; jsonb. */
    @ColumnTransformer(read = "cast(changes as text)", write = "cast(cast(? as text) as jsonb)")
    public String changes;
}
