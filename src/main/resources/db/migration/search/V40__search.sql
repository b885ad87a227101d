-- One row per person: the denormalized text and history summary that search indexes (owned by the search module).
create table search_profile (
    person_id           bigint primary key,
    full_name           varchar(200) not null,
    title               varchar(200),
    title_occupation    varchar(20),
    title_family        varchar(40),
    employer            varchar(200),
    skills              varchar(4000),
    tags                varchar(2000),
    city                varchar(120),
    region              varchar(120),
    country             varchar(2),
    latitude            double precision,
    longitude           double precision,
    owner_id            bigint,
    do_not_contact      boolean      not null,
    stage_reached       varchar(20),
    last_no_side        varchar(30),
    last_no_reason      varchar(30),
    last_no_on          date,
    revisit_on          date,
    placed_on           date,
    active_candidacies  int          not null,
    touches             int          not null,
    last_touch_at       timestamp(6) with time zone,
    last_reply_at       timestamp(6) with time zone,
    warmth              int          not null,
    history_text        varchar(20000),
    history             varchar(20000),
    resume_text         varchar(1000000),
    person_created_at   timestamp(6) with time zone not null,
    refreshed_at        timestamp(6) with time zone not null
);

create sequence saved_search_seq start with 1 increment by 50;

create table saved_search (
    id            bigint primary key,
    owner_id      bigint        not null,
    name          varchar(200)  not null,
    query         varchar(2000) not null,
    filters       varchar(2000) not null,
    last_seen_at  timestamp(6) with time zone not null,
    created_at    timestamp(6) with time zone not null
);

create index saved_search_owner_idx on saved_search (owner_id);
