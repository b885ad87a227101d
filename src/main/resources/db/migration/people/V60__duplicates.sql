-- Duplicates: a phonetic key of the name (Double Metaphone of first and last name) and normalized e-mails, both
-- filled on save and by a background backfill for rows written in bulk; null means "not keyed yet".
alter table person add column name_sound varchar(40);
alter table person add column merged_into bigint;
create index person_name_sound_idx on person (name_sound);
create index person_merged_into_idx on person (merged_into);

create table person_email_key (
    person_id bigint       not null references person (id) on delete cascade,
    position  int          not null,
    email_key varchar(320) not null,
    primary key (person_id, position)
);
create index person_email_key_idx on person_email_key (email_key);

-- A merge of one person into another: what was added to the kept person and what moved, so it can be undone.
create sequence person_merge_seq start with 1 increment by 50;

create table person_merge (
    id            bigint primary key,
    kept_id       bigint        not null,
    merged_id     bigint        not null,
    merged_by     bigint,
    merged_at     timestamp(6) with time zone not null,
    reasons       varchar(2000),
    added_emails  varchar(4000),
    added_phones  varchar(2000),
    added_skills  varchar(4000),
    added_tags    varchar(2000),
    filled_fields varchar(200),
    undone_at     timestamp(6) with time zone,
    undone_by     bigint,
    version       bigint        not null
);
create index person_merge_kept_idx on person_merge (kept_id);
create index person_merge_merged_idx on person_merge (merged_id);

create table person_merge_move (
    merge_id    bigint      not null references person_merge (id) on delete cascade,
    position    int         not null,
    participant varchar(40) not null,
    kind        varchar(40) not null,
    item_id     bigint      not null,
    primary key (merge_id, position)
);

-- Pairs found by the duplicate scan (person_a < person_b); NOT_DUPLICATE decisions survive later scans.
create table duplicate_pair (
    person_a   bigint        not null,
    person_b   bigint        not null,
    reasons    varchar(2000) not null,
    score      double precision not null,
    status     varchar(20)   not null,
    found_at   timestamp(6) with time zone not null,
    decided_by bigint,
    decided_at timestamp(6) with time zone,
    primary key (person_a, person_b)
);
create index duplicate_pair_status_idx on duplicate_pair (status, score);
