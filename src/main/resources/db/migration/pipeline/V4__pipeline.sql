create sequence candidacy_seq start with 1 increment by 50;

create table candidacy (
    id                bigint primary key,
    person_id         bigint      not null,
    opening_id        bigint      not null,
    company_id        bigint      not null,
    stage             varchar(20) not null,
    status            varchar(20) not null,
    outcome_side      varchar(30),
    outcome_reason    varchar(30),
    outcome_note      varchar(4000),
    outcome_condition varchar(500),
    outcome_on        date,
    added_at          timestamp(6) with time zone not null,
    ended_at          timestamp(6) with time zone,
    added_by          bigint,
    version           bigint      not null,
    constraint candidacy_person_opening_uk unique (person_id, opening_id)
);
create index candidacy_opening_idx on candidacy (opening_id, status);
create index candidacy_person_idx on candidacy (person_id);
create index candidacy_company_idx on candidacy (company_id, status);

create sequence candidacy_step_seq start with 1 increment by 50;

create table candidacy_step (
    id           bigint primary key,
    candidacy_id bigint      not null references candidacy (id) on delete cascade,
    kind         varchar(20) not null,
    stage        varchar(20) not null,
    occurred_at  timestamp(6) with time zone not null,
    user_id      bigint
);
create index candidacy_step_candidacy_idx on candidacy_step (candidacy_id, occurred_at);
