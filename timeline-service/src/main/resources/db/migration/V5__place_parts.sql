-- The places inside an event's place that its reports name (the districts of a city a strike hit, the towns of a
-- region): the nlp-service's placeIds after the first. JSON array of {name, kind, country, admin1, admin2, lat, lon,
-- gazetteerId, geonameId, precision}; null for rows stored before and for events without a place.
alter table event_mention add column place_parts jsonb;
alter table event add column place_parts jsonb;
