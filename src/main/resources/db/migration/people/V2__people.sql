create sequence person_seq start with 1 increment by 50;

create table person (
    id                    bigint primary key,
    full_name             varchar(200) not null,
    name_key              varchar(200) not null,
    current_title         varchar(200),
    current_employer      varchar(200),
    city                  varchar(120),
    region                varchar(120),
    country               varchar(2),
    source                varchar(100),
    owner_id              bigint,
    do_not_contact        boolean      not null,
    do_not_contact_reason varchar(500),
    do_not_contact_since  date,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    version               bigint       not null
);

create index person_name_key_idx on person (name_key);
create index person_owner_idx on person (owner_id);
create index person_city_idx on person (city);
create index person_created_idx on person (created_at);

create table person_email (
    person_id bigint       not null references person (id) on delete cascade,
    position  int          not null,
    email     varchar(320) not null,
    primary key (person_id, position)
);
create index person_email_email_idx on person_email (email);

create table person_phone (
    person_id bigint      not null references person (id) on delete cascade,
    position  int         not null,
    phone     varchar(32) not null,
    primary key (person_id, position)
);
create index person_phone_phone_idx on person_phone (phone);

create table person_skill (
    person_id bigint       not null references person (id) on delete cascade,
    position  int          not null,
    skill     varchar(120) not null,
    primary key (person_id, position)
);

create table person_tag (
    person_id bigint      not null references person (id) on delete cascade,
    position  int         not null,
    tag       varchar(60) not null,
    primary key (person_id, position)
);
create index person_tag_tag_idx on person_tag (tag);
