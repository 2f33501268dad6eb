-- Schema of the timeline-service: stored annotations, their event mentions and quotes, and the timeline events the
-- mentions are grouped into. Owned by Flyway; Hibernate never generates DDL.

create table article (
    id                      varchar(64) primary key,
    title                   text,
    outlet                  text,
    url                     text,
    published_at            text,
    language                varchar(16),
    document_date           text,
    document_date_precision text,
    annotation              jsonb       not null,
    stored_at               timestamptz not null
);

create table event (
    id                   uuid primary key,
    type_family          text        not null,
    type                 text        not null,
    sub_type             text,
    date_value           text,
    date_precision       text,
    -- Calendar range of date_value; null when the year is unknown. Drives the candidate window and ordering.
    date_from            date,
    date_to              date,
    place_name           text,
    place_kind           text,
    place_admin1         text,
    place_admin2         text,
    place_country        varchar(8),
    place_lat            double precision,
    place_lon            double precision,
    place_gazetteer_id   text,
    place_geoname_id     bigint,
    place_precision      text,
    killed_low           integer,
    killed_best          integer,
    killed_high          integer,
    injured_low          integer,
    injured_best         integer,
    injured_high         integer,
    missiles_launched    integer,
    missiles_intercepted integer,
    drones_launched      integer,
    drones_intercepted   integer,
    prisoners_exchanged  integer,
    actors               jsonb       not null default '[]',
    -- Lower-cased actor names separated by '|', for the actor filter.
    actor_names          text        not null default '',
    summary              text        not null,
    mention_count        integer     not null,
    source_count         integer     not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);

-- Candidate lookup: same type family within a date window, or by country when the year is unknown.
create index event_family_date on event (type_family, date_from, date_to);
create index event_family_country on event (type_family, place_country);
-- Keyset pagination of GET /timeline (date ascending, undated last, then id).
create index event_timeline_order on event (date_from, id);

create table event_mention (
    id                  uuid primary key,
    article_id          varchar(64) not null references article (id) on delete cascade,
    annotation_event_id text        not null,
    event_id            uuid        references event (id) on delete set null,
    type                text,
    sub_type            text,
    type_family         text        not null,
    trigger_text        text,
    sentence_index      integer,
    start_offset        integer,
    end_offset          integer,
    date_value          text,
    date_precision      text,
    date_timex_id       text,
    place_name          text,
    place_kind          text,
    place_admin1        text,
    place_admin2        text,
    place_country       varchar(8),
    place_lat           double precision,
    place_lon           double precision,
    place_gazetteer_id  text,
    place_geoname_id    bigint,
    place_precision     text,
    figures             jsonb,
    actors              jsonb       not null default '[]',
    background          boolean     not null,
    civilian_targeting  boolean     not null,
    unique (article_id, annotation_event_id)
);

create index event_mention_event on event_mention (event_id);

create table quote (
    id                  uuid primary key,
    article_id          varchar(64) not null references article (id) on delete cascade,
    annotation_quote_id text        not null,
    annotation_event_id text,
    event_id            uuid        references event (id) on delete set null,
    speaker             text,
    speaker_entity_id   text,
    text                text        not null,
    verb                text,
    channel             text,
    start_offset        integer,
    end_offset          integer,
    unique (article_id, annotation_quote_id)
);

create index quote_event on quote (event_id);
