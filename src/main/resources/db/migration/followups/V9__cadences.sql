-- Cadences: a planned series of touches that stops on a reply.
create sequence cadence_seq start with 1 increment by 50;

create table cadence (
    id         bigint primary key,
    name       varchar(120) not null,
    created_at timestamp(6) with time zone not null,
    version    bigint       not null,
    constraint cadence_name_uk unique (name)
);

create table cadence_step (
    cadence_id bigint       not null references cadence (id) on delete cascade,
    position   int          not null,
    channel    varchar(20)  not null,
    wait_days  int          not null,
    script     varchar(4000),
    primary key (cadence_id, position)
);

create sequence enrollment_seq start with 1 increment by 50;

-- A person in a cadence. active_person_id is set only while active: one active cadence per person.
create table enrollment (
    id               bigint primary key,
    person_id        bigint      not null,
    active_person_id bigint,
    cadence_id       bigint      not null references cadence (id),
    owner_id         bigint,
    status           varchar(20) not null,
    next_step        int         not null,
    next_due_on      date,
    stop_reason      varchar(30),
    started_at       timestamp(6) with time zone not null,
    ended_at         timestamp(6) with time zone,
    version          bigint      not null,
    constraint enrollment_active_person_uk unique (active_person_id)
);
create index enrollment_due_idx on enrollment (status, next_due_on);
create index enrollment_person_idx on enrollment (person_id);

create table holiday (
    holiday_on date primary key,
    name varchar(120) not null
);

alter table follow_up add column enrollment_id bigint;
alter table follow_up add column step int;

insert into cadence (id, name, created_at, version) values (1, 'Five touches over three weeks', current_timestamp, 0);
insert into cadence_step (cadence_id, position, channel, wait_days, script) values
    (1, 0, 'EMAIL', 0, 'Send the job description with two lines on why it fits them'),
    (1, 1, 'CALL', 2, 'Call: did the e-mail arrive? Ask what would make a move worth it'),
    (1, 2, 'EMAIL', 3, 'Short follow-up: one new detail about the role or the team'),
    (1, 3, 'MESSAGE', 4, 'A message on their preferred network: keep it to two sentences'),
    (1, 4, 'CALL', 5, 'Last call: ask for a referral if the timing is wrong');
alter sequence cadence_seq restart with 100;
