-- Indexes for a timeline of millions of events: every GET /timeline filter and the placement's candidate lookup find
-- their rows through an index instead of scanning the event table (see TimelineSearch and EventRepository).
-- pg_trgm (substring LIKE through GIN) and btree_gist ship with Debian's postgresql package and are trusted extensions.
create extension if not exists pg_trgm;

-- Events whose calendar range spans several days (week, month, year precision), found by a date they contain: the
-- events that began before a window but reach into it (a window's other events are found by date_from, see
-- event_timeline_order). Day-precise events, most of them, stay out of this index.
create index event_period on event using gist (daterange(date_from, date_to, '[]')) where date_to > date_from;

-- Candidate lookup for placement: the family's events that begin within the mention's window (index-only, sorted by
-- created_at afterwards), and, for a mention without a year, the family's most recently updated events.
create index event_family_start on event (type_family, date_from) include (created_at, id);
create index event_family_updated on event (type_family, updated_at desc, id);
create index event_family_undated on event (type_family, updated_at desc, id) where date_from is null;

-- Substring filters (case-insensitive): place name or its admin1/admin2, actor names, type and sub-type.
create index event_place_trgm on event using gin (lower(place_name) gin_trgm_ops, lower(place_admin1) gin_trgm_ops,
    lower(place_admin2) gin_trgm_ops);
create index event_actor_trgm on event using gin (actor_names gin_trgm_ops);
create index event_sub_type on event (lower(sub_type), date_from, id);
-- place=<gazetteer id>: the place's own events and the anchor its hierarchy is read from.
create index event_place_gazetteer on event (place_gazetteer_id);
create index event_place_admin1 on event (lower(place_admin1), date_from, id);
create index event_place_admin2 on event (lower(place_admin2), date_from, id);
create index event_killed on event (killed_best, date_from, id) where killed_best is not null;
create index event_place_point on event using gist (point(place_lon, place_lat)) where place_lon is not null;

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
