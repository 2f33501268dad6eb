-- The timeline version (V7) is also announced: at commit, PostgreSQL notifies every session listening on the channel
-- timeline_version with the new version as payload. A replica that listens (TimelineVersion) then knows the current
-- version without asking the database on every request; one that does not still reads the row.
create or replace function bump_timeline_version() returns trigger language plpgsql set search_path from current as $$
declare
    bumped bigint;
begin
    if coalesce(current_setting('timeline.version_bumped', true), '') <> 'on' then
        update timeline_version set version = version + 1 returning version into bumped;
        perform set_config('timeline.version_bumped', 'on', true);
        -- Delivered at commit only, and never for a transaction that rolls back: listeners never see a version that
        -- the row does not have.
        perform pg_notify('timeline_version', bumped::text);
    end if;
    return null;
end
$$;
