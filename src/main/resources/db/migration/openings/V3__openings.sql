create sequence company_seq start with 1 increment by 50;

create table company (
    id         bigint primary key,
    name       varchar(200) not null,
    name_key   varchar(200) not null,
    website    varchar(300),
    industry   varchar(120),
    city       varchar(120),
    region     varchar(120),
    country    varchar(2),
    notes      varchar(4000),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version    bigint       not null
);
create index company_name_key_idx on company (name_key);

create sequence company_contact_seq start with 1 increment by 50;

create table company_contact (
    id         bigint primary key,
    company_id bigint      not null references company (id) on delete cascade,
    person_id  bigint      not null,
    role       varchar(30) not null,
    created_at timestamp(6) with time zone not null,
    constraint company_contact_uk unique (company_id, person_id, role)
);
create index company_contact_person_idx on company_contact (person_id);

create sequence opening_seq start with 1 increment by 50;

create table opening (
    id            bigint primary key,
    company_id    bigint       not null references company (id),
    title         varchar(200) not null,
    city          varchar(120),
    region        varchar(120),
    country       varchar(2),
    radius_km     int,
    remote        boolean      not null,
    seniority     varchar(20),
    pay_min       bigint,
    pay_max       bigint,
    pay_currency  varchar(3),
    culture_notes varchar(4000),
    description   varchar(20000),
    status        varchar(20)  not null,
    opened_on     date         not null,
    closed_on     date,
    owner_id      bigint,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    version       bigint       not null
);
create index opening_company_idx on opening (company_id);
create index opening_status_idx on opening (status, opened_on);

create table opening_skill (
    opening_id bigint       not null references opening (id) on delete cascade,
    position   int          not null,
    skill      varchar(120) not null,
    primary key (opening_id, position)
);
