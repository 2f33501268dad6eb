-- Event versions and their history: every change of an event's derived fields increments its version and records
-- which article caused it and which fields changed from what to what.

alter table event
    add column version       integer not null default 1,
    -- Every figure as {low, best, high} (killed, injured, missilesLaunched, ...), see EventResolver.aggregate.
    add column figure_ranges jsonb   not null default '{}';

-- No foreign key: the history of an event that was merged into another stays readable.
create table event_change (
    id         uuid primary key,
    event_id   uuid        not null,
    version    integer     not null,
    changed_at timestamptz not null,
    -- The article whose placement (or date inference) caused the change.
    article_id varchar(64),
    reason     text        not null,
    -- [{field, from, to}]
    changes    jsonb       not null,
    unique (event_id, version)
);

create index event_change_event on event_change (event_id, version);
