-- Cross-article date inference: an article without a document date whose main event joins an event dated by another
-- article gets an inferred document date, and its relative expressions are re-resolved against it. The annotation's
-- own values stay in original_date_value so that the inference can be explained and repeated.

alter table article
    add column inferred_document_date     date,
    add column inferred_date_confidence   double precision,
    add column inferred_date_method       text,
    -- The timeline event whose date the inference was taken from.
    add column inferred_date_event_id     uuid;

alter table event_mention
    add column original_date_value text,
    -- 1.0 for a date the article states (or the nlp-service resolved); lower when inferred across articles.
    add column date_confidence     double precision,
    add column date_inferred       boolean not null default false;

alter table event
    add column date_confidence double precision,
    add column date_inferred   boolean not null default false;

alter table article add column main_event_id text;
update article set main_event_id = annotation ->> 'mainEventId';

-- Finding the undated articles whose main event is in a changed timeline event.
create index event_mention_article on event_mention (article_id);
