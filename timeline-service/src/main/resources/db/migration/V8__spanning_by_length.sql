-- The multi-day events that began before a page's window and reach into it, indexed by the length of their span.
-- With one index over every multi-day event, finding them means reading all the entries that began within the longest
-- span before the window (a year: ~33,000 entries at a million events, of which a few dozen reach the window). Split
-- by span length, each class is read from the window's start minus that class's longest span: a week's events from a
-- week before, a year's from a year before, so little is read that ends before the window (TimelineSearch.SPANNING_*).
-- The classes' bounds are TimelineSearch.SPAN_CLASS_DAYS; the last class is open (read back to the longest span).
create function date_span_class(days integer) returns integer language sql immutable parallel safe as $$
    select case when days <= 7 then 1 when days <= 31 then 2 when days <= 92 then 3 when days <= 366 then 4 else 5 end
$$;

-- The columns the filters read (as event_timeline_order, V6), so that a filtered page stays an index-only scan.
-- event_spanning (V6) stays: the placement's candidate lookup reads it by type family.
create index event_spanning_by_length on event (date_span_class(date_to - date_from), date_from, id) include (date_to,
    type_family, type, sub_type, place_name, place_admin1, place_admin2, place_kind, place_country, place_gazetteer_id,
    place_lat, place_lon, killed_best, created_at) where date_to > date_from;
-- The narrow form (V7's event_spanning_dates, by class): with a full-text or actor filter the candidates' dates are
-- selected from it before their rows are read.
drop index event_spanning_dates;
create index event_spanning_dates on event (date_span_class(date_to - date_from), date_from, id) include (date_to)
    where date_to > date_from;
