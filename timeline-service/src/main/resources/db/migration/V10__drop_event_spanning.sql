-- The placement's candidate lookup now reads multi-day events by span class from event_spanning_by_length (V8), as
-- the pages do: event_spanning (V6) has no reader left, and every event write paid for keeping it current.
drop index if exists event_spanning;
