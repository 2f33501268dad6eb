-- Rewrites and syndication: an article that re-publishes another (reworded or not) belongs to its source family and
-- does not count as an independent source.
alter table article
    -- Id of the family's original article; the article's own id when it re-publishes nothing.
    add column source_family text,
    add column rewrite_of    varchar(64),
    -- TextSimilarity score against rewrite_of.
    add column similarity    double precision;
