-- When a no turns into "maybe now": one rule per side and reason, editable by an admin.
create table revisit_rule (
    side                 varchar(30) not null,
    reason               varchar(30) not null,
    months               int         not null,
    same_client_months   int,
    explanation          varchar(500) not null,
    primary key (side, reason)
);

insert into revisit_rule (side, reason, months, same_client_months, explanation) values
    ('CANDIDATE_DECLINED', 'HAPPY_WHERE_I_AM', 6, 6, 'Happy where they are: ask again in 6 months'),
    ('CANDIDATE_DECLINED', 'NOT_THIS_ROLE', 3, 3, 'Not this role: 3 months, or at once for a clearly different role'),
    ('CANDIDATE_DECLINED', 'COMPENSATION', 6, 6, 'Compensation: at once for an opening that pays more; else 6 months'),
    ('CANDIDATE_DECLINED', 'LOCATION', 6, 6, 'Location: at once for an opening where they want to be; else 6 months'),
    ('CANDIDATE_DECLINED', 'TIMING', 3, 3, 'Timing: the date they gave; else 3 months'),
    ('CANDIDATE_DECLINED', 'DECLINED_OFFER', 9, 9, 'Declined an offer: 9 to 12 months, a silver medalist'),
    ('CANDIDATE_DECLINED', 'OTHER', 6, 6, 'Declined for another reason: 6 months'),
    ('WE_PASSED', 'SKILLS', 12, 12, 'Skills: 12 months, or when a newer resume arrives'),
    ('WE_PASSED', 'EXPERIENCE', 12, 12, 'Experience: 12 months, or when a newer resume arrives'),
    ('WE_PASSED', 'CULTURE_FIT', 0, null, 'Culture fit: never for that client; other clients at once'),
    ('WE_PASSED', 'OTHER', 6, 6, 'We passed for another reason: 6 months'),
    ('CLIENT_REJECTED', 'SKILLS', 0, 12, 'Client rejected on skills: other clients at once; the same client after 12 months'),
    ('CLIENT_REJECTED', 'EXPERIENCE', 0, 12, 'Client rejected on experience: other clients at once; the same client after 12 months'),
    ('CLIENT_REJECTED', 'CULTURE_FIT', 0, null, 'Culture fit: never for that client; other clients at once'),
    ('CLIENT_REJECTED', 'OTHER', 0, 12, 'Client rejected: other clients at once; the same client after 12 months'),
    ('NO_RESPONSE', 'NO_RESPONSE', 3, 3, 'No response: the cadence runs to its limit; then 3 months');

create sequence revisit_seq start with 1 increment by 50;

-- A no, turned into the date from which the person may be asked again.
create table revisit (
    id                bigint primary key,
    person_id         bigint      not null,
    candidacy_id      bigint      not null,
    opening_id        bigint      not null,
    company_id        bigint      not null,
    side              varchar(30) not null,
    reason            varchar(30) not null,
    note              varchar(4000),
    said_no_on        date        not null,
    revisit_on        date        not null,
    client_revisit_on date,
    given_by_person   boolean     not null,
    silver_medalist   boolean     not null,
    recorded_by       bigint,
    follow_up_created boolean     not null,
    created_at        timestamp(6) with time zone not null,
    constraint revisit_candidacy_uk unique (candidacy_id)
);
create index revisit_person_idx on revisit (person_id);
create index revisit_due_idx on revisit (follow_up_created, revisit_on);

create sequence follow_up_seq start with 1 increment by 50;

create table follow_up (
    id           bigint primary key,
    person_id    bigint       not null,
    opening_id   bigint,
    owner_id     bigint,
    due_on       date         not null,
    origin       varchar(20)  not null,
    revisit_id   bigint,
    note         varchar(4000),
    status       varchar(20)  not null,
    created_at   timestamp(6) with time zone not null,
    closed_at    timestamp(6) with time zone,
    version      bigint       not null,
    constraint follow_up_revisit_uk unique (revisit_id)
);
create index follow_up_owner_due_idx on follow_up (owner_id, status, due_on);
create index follow_up_person_idx on follow_up (person_id);

-- db-scheduler: persistent, cluster-safe jobs (one server runs each execution).
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(100) not null,
    task_data            bytea,
    execution_time       timestamp(6) with time zone not null,
    picked               boolean      not null,
    picked_by            varchar(50),
    last_success         timestamp(6) with time zone,
    last_failure         timestamp(6) with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp(6) with time zone,
    version              bigint       not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_idx on scheduled_tasks (execution_time);
