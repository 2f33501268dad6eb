package io.conflicttimeline.timeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A quote of an article, attached to the timeline event of the mention it belongs to (if any). */
@Entity
@Table(name = "quote")
public class Quote {

    @Id
    public UUID id;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "annotation_quote_id")
    public String annotationQuoteId;
    @Column(name = "annotation_event_id")
    public String annotationEventId;
    @Column(name = "event_id")
    public UUID eventId;
    public String speaker;
    @Column(name = "speaker_entity_id")
    public String speakerEntityId;
    public String text;
    public String verb;
    public String channel;
    @Column(name = "start_offset")
    public Integer start;
    @Column(name = "end_offset")
    public Integer end;
}
