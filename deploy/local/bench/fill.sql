-- Fills an empty, migrated timeline schema with a synthetic but realistic timeline for load tests: :events events
-- (2022-02-24 .. 2025-12-31, most day-precise), about 1.5 mentions per event from :articles articles, Ukrainian
-- places at every admin level (country, oblasts, raions, cities, Kyiv's districts) with a skewed distribution, ACLED
-- types, actors and casualty figures. Set-based (generate_series), so a million events take minutes, not hours.
--   psql -v events=1000000 -v articles=600000 -d conflict_timeline_bench -f fill.sql
\set ON_ERROR_STOP on
set search_path = timeline;
select setseed(0.42);

create temp table bench_place (n serial, name text, kind text, admin1 text, admin2 text, lat float8, lon float8,
                               gid bigint, precision text);
-- Most reported first: the generator draws low indexes more often.
insert into bench_place (name, kind, admin1, admin2, lat, lon, gid, precision) values
 ('Kyiv','city','Kyiv City',null,50.4501,30.5234,703448,'settlement'),
 ('Kharkiv','city','Kharkiv Oblast','Kharkiv Raion',49.9935,36.2304,706483,'settlement'),
 ('Donetsk Oblast','admin1','Donetsk Oblast',null,48.0,37.8,709716,'admin1'),
 ('Pokrovsk','city','Donetsk Oblast','Pokrovsk Raion',48.2820,37.1750,704147,'settlement'),
 ('Zaporizhzhia','city','Zaporizhzhia Oblast','Zaporizhzhia Raion',47.8388,35.1396,687700,'settlement'),
 ('Odesa','city','Odesa Oblast','Odesa Raion',46.4825,30.7233,698740,'settlement'),
 ('Kherson','city','Kherson Oblast','Kherson Raion',46.6354,32.6169,706448,'settlement'),
 ('Bakhmut','city','Donetsk Oblast','Bakhmut Raion',48.5953,37.9994,712451,'settlement'),
 ('Ukraine','country',null,null,49.0,32.0,690791,'country'),
 ('Kharkiv Oblast','admin1','Kharkiv Oblast',null,49.5,36.5,706482,'admin1'),
 ('Dnipro','city','Dnipropetrovsk Oblast','Dnipro Raion',48.4647,35.0462,709930,'settlement'),
 ('Avdiivka','city','Donetsk Oblast','Pokrovsk Raion',48.1394,37.7497,713174,'settlement'),
 ('Sumy','city','Sumy Oblast','Sumy Raion',50.9077,34.7981,692194,'settlement'),
 ('Kramatorsk','city','Donetsk Oblast','Kramatorsk Raion',48.7230,37.5563,704508,'settlement'),
 ('Mykolaiv','city','Mykolaiv Oblast','Mykolaiv Raion',46.9750,31.9946,700569,'settlement'),
 ('Zaporizhzhia Oblast','admin1','Zaporizhzhia Oblast',null,47.5,35.5,687699,'admin1'),
 ('Chasiv Yar','city','Donetsk Oblast','Bakhmut Raion',48.5868,37.8351,711180,'settlement'),
 ('Kupiansk','city','Kharkiv Oblast','Kupiansk Raion',49.7106,37.6156,704202,'settlement'),
 ('Darnytskyi District','district','Kyiv City',null,50.4167,30.6333,703374,'district'),
 ('Shevchenkivskyi District','district','Kyiv City',null,50.4547,30.4763,702898,'district'),
 ('Sloviansk','city','Donetsk Oblast','Kramatorsk Raion',48.8522,37.6055,700051,'settlement'),
 ('Nikopol','city','Dnipropetrovsk Oblast','Nikopol Raion',47.5667,34.4064,700646,'settlement'),
 ('Kherson Oblast','admin1','Kherson Oblast',null,46.7,33.5,706442,'admin1'),
 ('Toretsk','city','Donetsk Oblast','Bakhmut Raion',48.3980,37.8470,709161,'settlement'),
 ('Vovchansk','city','Kharkiv Oblast','Chuhuiv Raion',50.2908,36.9410,688617,'settlement'),
 ('Chernihiv','city','Chernihiv Oblast','Chernihiv Raion',51.4982,31.2893,710735,'settlement'),
 ('Solomianskyi District','district','Kyiv City',null,50.4300,30.4400,703152,'district'),
 ('Holosiivskyi District','district','Kyiv City',null,50.3800,30.5100,703500,'district'),
 ('Sumy Oblast','admin1','Sumy Oblast',null,50.9,34.0,692196,'admin1'),
 ('Lviv','city','Lviv Oblast','Lviv Raion',49.8397,24.0297,702550,'settlement'),
 ('Kurakhove','city','Donetsk Oblast','Pokrovsk Raion',47.9856,37.2823,704390,'settlement'),
 ('Vuhledar','city','Donetsk Oblast','Volnovakha Raion',47.7800,37.2500,688105,'settlement'),
 ('Pokrovsk Raion','admin2','Donetsk Oblast','Pokrovsk Raion',48.2,37.2,11888960,'admin2'),
 ('Bakhmut Raion','admin2','Donetsk Oblast','Bakhmut Raion',48.6,38.0,11888961,'admin2'),
 ('Kupiansk Raion','admin2','Kharkiv Oblast','Kupiansk Raion',49.7,37.6,11888962,'admin2'),
 ('Obolonskyi District','district','Kyiv City',null,50.5100,30.4900,702968,'district'),
 ('Sviatoshynskyi District','district','Kyiv City',null,50.4600,30.3700,692740,'district'),
 ('Desnianskyi District','district','Kyiv City',null,50.5200,30.6100,703520,'district'),
 ('Pecherskyi District','district','Kyiv City',null,50.4300,30.5500,702780,'district'),
 ('Podilskyi District','district','Kyiv City',null,50.4700,30.5100,702795,'district'),
 ('Dnipropetrovsk Oblast','admin1','Dnipropetrovsk Oblast',null,48.5,35.0,709929,'admin1'),
 ('Odesa Oblast','admin1','Odesa Oblast',null,46.8,30.5,698738,'admin1'),
 ('Luhansk Oblast','admin1','Luhansk Oblast',null,48.9,39.0,702657,'admin1'),
 ('Sievierodonetsk','city','Luhansk Oblast','Sievierodonetsk Raion',48.9480,38.4869,700019,'settlement'),
 ('Lysychansk','city','Luhansk Oblast','Sievierodonetsk Raion',48.9204,38.4273,702320,'settlement'),
 ('Mykolaiv Oblast','admin1','Mykolaiv Oblast',null,47.2,31.8,700567,'admin1'),
 ('Chernihiv Oblast','admin1','Chernihiv Oblast',null,51.3,32.0,710734,'admin1'),
 ('Kyiv Oblast','admin1','Kyiv Oblast',null,50.2,30.5,703446,'admin1'),
 ('Bucha','city','Kyiv Oblast','Bucha Raion',50.5435,30.2120,711369,'settlement'),
 ('Irpin','city','Kyiv Oblast','Bucha Raion',50.5218,30.2506,707308,'settlement'),
 ('Bucha Raion','admin2','Kyiv Oblast','Bucha Raion',50.5,30.0,11888963,'admin2'),
 ('Lviv Oblast','admin1','Lviv Oblast',null,49.7,24.0,702549,'admin1'),
 ('Marinka','city','Donetsk Oblast','Pokrovsk Raion',47.9420,37.5020,701404,'settlement'),
 ('Huliaipole','city','Zaporizhzhia Oblast','Polohy Raion',47.6600,36.2600,707753,'settlement'),
 ('Orikhiv','city','Zaporizhzhia Oblast','Polohy Raion',47.5670,35.7850,698531,'settlement'),
 ('Robotyne','city','Zaporizhzhia Oblast','Polohy Raion',47.4440,35.8380,11888964,'settlement'),
 ('Kryvyi Rih','city','Dnipropetrovsk Oblast','Kryvyi Rih Raion',47.9105,33.3918,703845,'settlement'),
 ('Poltava','city','Poltava Oblast','Poltava Raion',49.5883,34.5514,696643,'settlement'),
 ('Bilhorod-Dnistrovskyi','city','Odesa Oblast','Bilhorod-Dnistrovskyi Raion',46.1900,30.3400,711390,'settlement'),
 ('Izium','city','Kharkiv Oblast','Izium Raion',49.2128,37.2566,707688,'settlement');

create temp table bench_type (n serial, type text, sub_type text, violent boolean, label text);
insert into bench_type (type, sub_type, violent, label) values
 ('Explosions/Remote violence','Shelling/artillery/missile attack',true,'Missile attack'),
 ('Explosions/Remote violence','Air/drone strike',true,'Drone strike'),
 ('Battles','Armed clash',true,'Armed clash'),
 ('Explosions/Remote violence','Shelling/artillery/missile attack',true,'Shelling attack'),
 ('Statements','Statement',false,'Statement'),
 ('Violence against civilians','Attack',true,'Attack on civilians'),
 ('Strategic developments','Disrupted weapons use',false,'Interception'),
 ('Strategic developments','Arrests',false,'Arrests'),
 ('Battles','Government regains territory',true,'Territory regained'),
 ('Statements','Proposal',false,'Proposal'),
 ('Strategic developments','Agreement',false,'Agreement'),
 ('Statements','Meeting',false,'Meeting'),
 ('Protests','Peaceful protest',false,'Protest'),
 ('Statements','Rejection',false,'Rejection'),
 ('Explosions/Remote violence','Remote explosive/landmine/IED',true,'Explosion');

create temp table bench_actor (n serial, entity_id text, name text);
insert into bench_actor (entity_id, name) values
 ('wikidata:Q1779820','Russian Armed Forces'),('wikidata:Q1187474','Armed Forces of Ukraine'),
 ('wikidata:Q3591','Volodymyr Zelenskyy'),('wikidata:Q7747','Vladimir Putin'),('wikidata:Q2624416','Dmitry Peskov'),
 ('wikidata:Q80504','Sergei Lavrov'),('wikidata:Q1060330','Ihor Klymenko'),('local:wagner-group','Wagner Group'),
 ('wikidata:Q7184','NATO'),('wikidata:Q1065','United Nations'),('local:ukrainian-air-force','Ukrainian Air Force'),
 ('wikidata:Q2364','Andriy Yermak');

create temp table bench_outlet (n serial, outlet text, host text);
insert into bench_outlet (outlet, host) values ('Reuters','reuters.com'),('Kyiv Independent','kyivindependent.com'),
 ('Ukrainska Pravda','pravda.com.ua'),('Associated Press','apnews.com'),('BBC News','bbc.com'),
 ('Al Jazeera','aljazeera.com'),('The Guardian','theguardian.com'),('Ukrinform','ukrinform.net');

\timing on
-- Bulk loading is much faster without the secondary indexes: they are dropped here and built again at the end, from
-- their definitions as the migrations made them.
create temp table bench_index as
select indexname, indexdef from pg_indexes
where schemaname = 'timeline' and tablename in ('event', 'event_mention', 'article')
  and indexname not in (select conname from pg_constraint);
do $$ declare r record; begin
    for r in select indexname from bench_index loop execute 'drop index timeline.' || quote_ident(r.indexname); end loop;
end $$;

-- One row per event with everything derived from its index i.
create unlogged table bench_event as
with raw as (
    select i,
           -- 2022-02-24 .. 2025-12-31: 1407 days, slightly more reporting later in the war.
           date '2022-02-24' + least(1406, floor(1407 * sqrt(random())))::int as day,
           random() as prec_r, random() as fig_r, random() as kill_r,
           1 + floor(60 * power(random(), 2.2))::int as place_n,
           1 + floor(15 * power(random(), 1.6))::int as type_n,
           random() as actor_r
    from generate_series(1, :events) i
)
select r.i, md5('bench-event-' || r.i)::uuid as id, t.type, t.sub_type, t.violent, t.label,
       case when r.prec_r < 0.86 then 'day' when r.prec_r < 0.93 then 'month' when r.prec_r < 0.97 then 'week'
            when r.prec_r < 0.99 then 'year' else 'unknown' end as precision,
       r.day, p.name as place_name, p.kind as place_kind, p.admin1 as place_admin1, p.admin2 as place_admin2,
       p.lat + (random() - 0.5) * 0.02 as lat, p.lon + (random() - 0.5) * 0.02 as lon, p.gid, p.precision as place_precision,
       case when t.violent and r.fig_r < 0.55 then floor(exp(r.kill_r * 4.2))::int - 1 end as killed,
       case when t.violent and r.fig_r < 0.45 then floor(exp(random() * 4.5))::int - 1 end as injured,
       case when t.type = 'Explosions/Remote violence' and r.fig_r > 0.7 then 10 + floor(random() * 80)::int end as drones,
       a.entity_id as actor_id, a.name as actor_name
from raw r join bench_place p on p.n = r.place_n join bench_type t on t.n = r.type_n -- Armed forces attack; people and organisations make statements, meet, agree.
join bench_actor a on a.n = case when t.violent then (array[1, 1, 1, 2, 2, 8, 11])[1 + floor(r.actor_r * 7)::int]
                                 else (array[3, 3, 4, 4, 5, 6, 7, 9, 10, 12, 2, 1])[1 + floor(r.actor_r * 12)::int] end;

-- The per-row triggers (the timeline version, V7) are off during the fill; the version is raised once at the end.
alter table article disable trigger user;
alter table event disable trigger user;

-- Articles (at most one per event): article a is about event a (its title), published the day after it; it also
-- reports other events (mentions below).
insert into article (id, title, outlet, url, published_at, language, document_date, document_date_precision,
                     annotation, stored_at, main_event_id, source_family)
select md5('bench-article-' || a), e.label || ' in ' || e.place_name || case when e.killed is not null then ', '
           || e.killed || ' dead' else '' end || ' (' || o.outlet || ')',
       o.outlet, 'https://' || o.host || '/news/' || a, to_char(e.day + 1, 'YYYY-MM-DD'), 'en',
       to_char(e.day + 1, 'YYYY-MM-DD'), 'day', '{}'::jsonb, now(), 'ev' || a, md5('bench-article-' || a)
from generate_series(1, :articles) a
join bench_event e on e.i = a
join bench_outlet o on o.n = 1 + a % 8;

insert into event (id, type_family, type, sub_type, date_value, date_precision, date_from, date_to,
                   place_name, place_kind, place_admin1, place_admin2, place_country, place_lat, place_lon,
                   place_gazetteer_id, place_geoname_id, place_precision, killed_low, killed_best, killed_high,
                   injured_low, injured_best, injured_high, drones_launched, actors, actor_names, summary,
                   mention_count, source_count, created_at, updated_at, date_confidence, version, figure_ranges,
                   source_titles)
select e.id, e.type, e.type, e.sub_type,
       case e.precision when 'day' then to_char(e.day, 'YYYY-MM-DD') when 'month' then to_char(e.day, 'YYYY-MM')
            when 'week' then to_char(e.day, 'IYYY-"W"IW') when 'year' then to_char(e.day, 'YYYY') end,
       e.precision,
       case e.precision when 'day' then e.day when 'month' then date_trunc('month', e.day)::date
            when 'week' then date_trunc('week', e.day)::date when 'year' then date_trunc('year', e.day)::date end,
       case e.precision when 'day' then e.day when 'month' then (date_trunc('month', e.day) + interval '1 month - 1 day')::date
            when 'week' then (date_trunc('week', e.day) + interval '6 days')::date
            when 'year' then (date_trunc('year', e.day) + interval '1 year - 1 day')::date end,
       e.place_name, e.place_kind, e.place_admin1, e.place_admin2, 'UA', e.lat, e.lon, 'geonames:' || e.gid, e.gid,
       e.place_precision, e.killed, e.killed, e.killed, e.injured, e.injured, e.injured, e.drones,
       jsonb_build_array(jsonb_build_object('entityId', e.actor_id, 'name', e.actor_name,
                                            'role', case when e.violent then 'attacker' else 'party' end)),
       '|' || lower(e.actor_name) || '|',
       e.label || case when e.violent then ' on ' else ' in ' end || e.place_name
           || case when e.precision = 'unknown' then '' else ' on ' || to_char(e.day, 'YYYY-MM-DD') end
           || coalesce(': ' || e.killed || ' killed', '') || '.',
       case when e.i <= :events / 2 then 2 else 1 end, case when e.i <= :events / 2 then 2 else 1 end,
       e.day::timestamptz, e.day::timestamptz, 1.0, 1,
       case when e.killed is null then '{}'::jsonb
            else jsonb_build_object('killed', jsonb_build_object('low', e.killed, 'best', e.killed, 'high', e.killed)) end,
       -- What the event_mention trigger would derive from the mentions inserted below (it is off during the fill).
       (select coalesce(string_agg(distinct a.title, ' | ' order by a.title), '') from article a
        where a.id in (md5('bench-article-' || (1 + (e.i - 1) % :articles)),
                       case when e.i <= :events / 2 then md5('bench-article-' || (1 + (e.i + :events - 1) % :articles)) end))
from bench_event e;

-- Mentions: event i gets one mention, the first half a second one from another article. The event's derived
-- source_titles are already set: no per-row trigger.
alter table event_mention disable trigger user;
insert into event_mention (id, article_id, annotation_event_id, event_id, type, sub_type, type_family, trigger_text,
                           sentence_index, start_offset, end_offset, date_value, date_precision, date_timex_id,
                           place_name, place_kind, place_admin1, place_admin2, place_country, place_lat, place_lon,
                           place_gazetteer_id, place_geoname_id, place_precision, figures, actors, background,
                           civilian_targeting, date_confidence)
select md5('bench-mention-' || m)::uuid, md5('bench-article-' || (1 + (m - 1) % :articles)), 'ev' || m, ev.id, ev.type,
       ev.sub_type, ev.type_family, lower(split_part(b.label, ' ', 1)), 0, 10, 24, ev.date_value, ev.date_precision, 't1',
       ev.place_name, ev.place_kind, ev.place_admin1, ev.place_admin2, ev.place_country, ev.place_lat, ev.place_lon,
       ev.place_gazetteer_id, ev.place_geoname_id, ev.place_precision,
       jsonb_build_object('killed', case when ev.killed_best is null then null else jsonb_build_object(
           'value', ev.killed_best, 'qualifier', 'exact', 'start', 0, 'end', 10, 'text', ev.killed_best || ' people') end,
           'injured', null, 'missiles', null, 'drones', null, 'prisoners', null),
       ev.actors, false, false, 1.0
from generate_series(1, :events + :events / 2) m
join bench_event b on b.i = ((m - 1) % :events) + 1
join event ev on ev.id = b.id;

alter table event_mention enable trigger user;
alter table event enable trigger user;
alter table article enable trigger user;
update timeline_version set version = version + 1;
-- Every event gets its card row (V9; its body is built by the service), as the event trigger would have given it.
insert into event_card (event_id) select id from event on conflict do nothing;
drop table bench_event;
do $$ declare r record; begin
    for r in select indexdef from bench_index loop execute r.indexdef; end loop;
end $$;
\timing off
-- Visibility map and statistics: index-only scans and good plans from the first query on.
vacuum analyze;
select (select count(*) from event) as events, (select count(*) from event_mention) as mentions,
       (select count(*) from article) as articles;
