-- 1. The multi-day events by start, with only their end: with a full-text or actor filter, the events that began
-- before a page's window and reach into it are selected from this narrow index (a year of entries in a few dozen
-- pages) before the filter reads the table (TimelineSearch.branch), instead of reading the table for every entry.
create index event_spanning_dates on event (date_from, id) include (date_to) where date_to > date_from;

-- 2. The timeline's change version: one counter that every transaction changing what GET /timeline and
-- GET /events/{id} serve (events, their mentions, articles, quotes) increments once, at commit. Readers compare it with
-- the version a cached response was read at (TimelineResponses): a change is visible to the next request on every
-- replica.
create table timeline_version (
    id boolean primary key default true check (id),
    version bigint not null
);
insert into timeline_version (id, version) values (true, 0);

-- Once per transaction (a transaction-local setting remembers it): the row is locked only from the commit-time
-- trigger to the commit, so concurrent writers do not serialize on it for their whole transaction.
create function bump_timeline_version() returns trigger language plpgsql set search_path from current as $$
begin
    if coalesce(current_setting('timeline.version_bumped', true), '') <> 'on' then
        update timeline_version set version = version + 1;
        perform set_config('timeline.version_bumped', 'on', true);
    end if;
    return null;
end
$$;

-- Row triggers deferred to the commit (constraint triggers), and truncate, which fires no row trigger.
create constraint trigger event_version after insert or update or delete on event
    deferrable initially deferred for each row execute function bump_timeline_version();
create constraint trigger event_mention_version after insert or update or delete on event_mention
    deferrable initially deferred for each row execute function bump_timeline_version();
create constraint trigger article_version after insert or update or delete on article
    deferrable initially deferred for each row execute function bump_timeline_version();
create constraint trigger quote_version after insert or update or delete on quote
    deferrable initially deferred for each row execute function bump_timeline_version();
create trigger event_version_truncate after truncate on event
    for each statement execute function bump_timeline_version();
create trigger event_mention_version_truncate after truncate on event_mention
    for each statement execute function bump_timeline_version();
create trigger article_version_truncate after truncate on article
    for each statement execute function bump_timeline_version();
create trigger quote_version_truncate after truncate on quote
    for each statement execute function bump_timeline_version();
