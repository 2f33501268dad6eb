-- Indexes for a timeline of millions of events: every GET /timeline filter and the placement's candidate lookup find
-- their rows through an index instead of scanning the event table (see TimelineSearch and EventRepository).
-- pg_trgm (substring LIKE through GIN) ships with Debian's postgresql package and is a trusted extension.
create extension if not exists pg_trgm;

-- The timeline order with the (short) columns the filters read: a page is an index-only scan in order that stops
-- after `limit` matches without touching the wide event rows. Actor names and the full text may be long (an index
-- row has a size limit): those filters read the rows, or their trigram indexes when rare.
drop index event_timeline_order;
create index event_timeline_order on event (date_from, id) include (date_to, type_family, type, sub_type, place_name,
    place_admin1, place_admin2, place_kind, place_country, place_gazetteer_id, place_lat, place_lon, killed_best,
    created_at);
-- The events whose range spans several days (week, month, year precision), in the same order: those that began
-- before a window and reach into it are found between the window's start minus the longest span and the start.
create index event_spanning on event (date_from, id) include (date_to, type_family, type, sub_type, place_name,
    place_admin1, place_admin2, place_kind, place_country, place_gazetteer_id, place_lat, place_lon, killed_best,
    created_at) where date_to > date_from;
-- The longest span, read from the end of this index.
create index event_span on event ((date_to - date_from));

-- Candidate lookup for placement: the family's events that begin within the mention's window (index-only, sorted by
-- created_at afterwards), and, for a mention without a year, the family's most recently updated events.
create index event_family_start on event (type_family, date_from) include (created_at, id);
create index event_family_updated on event (type_family, updated_at desc, id);
create index event_family_undated on event (type_family, updated_at desc, id) where date_from is null;

-- The changes a placement made, read back at its end (PlacementService.store).
create index event_change_article on event_change (article_id, changed_at);

-- Rare substrings (a village, a person) are found through trigrams rather than by reading the order index far.
create index event_place_trgm on event using gin (lower(place_name) gin_trgm_ops, lower(place_admin1) gin_trgm_ops,
    lower(place_admin2) gin_trgm_ops);
create index event_actor_trgm on event using gin (actor_names gin_trgm_ops);
-- place=<gazetteer id>: the anchor its hierarchy is read from.
create index event_place_gazetteer on event (place_gazetteer_id);

-- Full text (q) over the event's summary and its sources' titles: the titles are kept on the event (maintained by the
-- trigger below whenever a mention joins or leaves an event), so that one trigram index answers q without joining
-- every matching article's mentions.
alter table event add column source_titles text not null default '';

-- search_path from current: the functions run inside the application's statements, whatever their search_path.
create function refresh_event_source_titles(target uuid) returns void language sql set search_path from current as $$
    update event e
    set source_titles = coalesce((select string_agg(distinct a.title, ' | ' order by a.title)
                                  from event_mention m join article a on a.id = m.article_id
                                  where m.event_id = target and a.title is not null), '')
    where e.id = target
$$;

create function event_mention_source_titles() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op <> 'DELETE' and new.event_id is not null then
        perform refresh_event_source_titles(new.event_id);
    end if;
    if tg_op <> 'INSERT' and old.event_id is not null
            and (tg_op = 'DELETE' or old.event_id is distinct from new.event_id) then
        perform refresh_event_source_titles(old.event_id);
    end if;
    return null;
end
$$;

create trigger event_mention_source_titles after insert or update of event_id or delete on event_mention
    for each row execute function event_mention_source_titles();

update event e
set source_titles = t.titles
from (select m.event_id, string_agg(distinct a.title, ' | ' order by a.title) as titles
      from event_mention m join article a on a.id = m.article_id
      where m.event_id is not null and a.title is not null
      group by m.event_id) t
where t.event_id = e.id;

create index event_search_trgm on event using gin (lower(summary || ' ' || source_titles) gin_trgm_ops);
