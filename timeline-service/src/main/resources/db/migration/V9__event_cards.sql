-- Each event's JSON as GET /events/{id} serves it (and as it appears in a GET /timeline page), so that a page reads
-- one narrow row per event instead of the event, its mentions, their articles and its quotes (EventCards). The service
-- builds the bodies (EventCardRefresher, and a page that meets a missing one); the database only invalidates them:
-- every change of what a body shows (the event, its mentions, their articles, its quotes) sets the body to null and
-- gives it a new gen at commit, on whichever instance or by whichever writer it happens. A body is stored only if gen
-- is still the one read together with the data it was built from, so a body built from data that changed meanwhile is
-- dropped. Generations come from one sequence: an event deleted and founded again never gets a generation back.
create sequence event_card_gen;
create table event_card (
    event_id uuid primary key,
    gen      bigint not null default 0,
    body     bytea
);
-- The bodies to build.
create index event_card_stale on event_card (event_id) where body is null;
insert into event_card (event_id) select id from event;

-- Only for an event that (still) exists: the mentions a deleted event leaves fire too.
create function invalidate_event_card(target uuid) returns void language sql set search_path from current as $$
    insert into event_card (event_id, gen) select target, nextval('event_card_gen') where exists
        (select 1 from event where id = target)
    on conflict (event_id) do update set gen = excluded.gen, body = null
$$;

create function event_card_of_event() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op = 'DELETE' then
        delete from event_card where event_id = old.id;
    else
        perform invalidate_event_card(new.id);
    end if;
    return null;
end
$$;

-- Mentions (the sources) and quotes: the event they join and the one they leave.
create function event_card_of_event_id() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op <> 'DELETE' and new.event_id is not null then
        perform invalidate_event_card(new.event_id);
    end if;
    if tg_op <> 'INSERT' and old.event_id is not null
            and (tg_op = 'DELETE' or old.event_id is distinct from new.event_id) then
        perform invalidate_event_card(old.event_id);
    end if;
    return null;
end
$$;

-- An article's title, outlet, dates and source family are shown in every event it reports. (Inserted articles have no
-- mentions yet; deleted ones take their mentions with them, whose trigger fires.)
create function event_card_of_article() returns trigger language plpgsql set search_path from current as $$
begin
    perform invalidate_event_card(m.event_id)
    from (select distinct event_id from event_mention where article_id = new.id and event_id is not null) m;
    return null;
end
$$;

-- Deferred to the commit (as the timeline version, V7), so that a body's row is locked only from then to the commit.
create constraint trigger event_card_event after insert or update or delete on event
    deferrable initially deferred for each row execute function event_card_of_event();
create constraint trigger event_card_mention after insert or update or delete on event_mention
    deferrable initially deferred for each row execute function event_card_of_event_id();
create constraint trigger event_card_quote after insert or update or delete on quote
    deferrable initially deferred for each row execute function event_card_of_event_id();
create constraint trigger event_card_article after update on article
    deferrable initially deferred for each row execute function event_card_of_article();

-- Truncate fires no row trigger: every body goes (and with the events, their rows).
create function event_cards_truncated() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_table_name = 'event' then
        delete from event_card;
    else
        update event_card set gen = nextval('event_card_gen'), body = null;
    end if;
    return null;
end
$$;
create trigger event_card_event_truncate after truncate on event
    for each statement execute function event_cards_truncated();
create trigger event_card_mention_truncate after truncate on event_mention
    for each statement execute function event_cards_truncated();
create trigger event_card_article_truncate after truncate on article
    for each statement execute function event_cards_truncated();
create trigger event_card_quote_truncate after truncate on quote
    for each statement execute function event_cards_truncated();
