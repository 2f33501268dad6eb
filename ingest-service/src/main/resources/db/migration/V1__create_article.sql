-- Raw and cleaned articles with their pipeline status; `published` is the outbox flag for article.ingested.
create table article (
    id                  varchar(32)  primary key,
    title               text,
    url                 text,
    outlet              text,
    published_at        varchar(40),
    language            varchar(8)   not null,
    text                text         not null,
    raw_text            text         not null,
    removed_spans       text         not null,
    source              varchar(16)  not null,
    source_name         text,
    received_at         timestamptz  not null,
    published           boolean      not null default false,
    ingested_sent_at    timestamptz,
    status              varchar(16)  not null,
    status_rank         smallint     not null,
    status_updated_at   timestamptz  not null,
    failure_stage       varchar(32),
    failure_reason      text,
    failed_at           timestamptz
);

create index article_unpublished_idx on article (received_at) where not published;
create index article_status_idx on article (status, received_at);
