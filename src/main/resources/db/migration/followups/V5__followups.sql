create sequence touch_seq start with 1 increment by 50;

create table touch (
    id          bigint primary key,
    person_id   bigint      not null,
    opening_id  bigint,
    user_id     bigint,
    channel     varchar(20) not null,
    direction   varchar(20) not null,
    result      varchar(20),
    occurred_at timestamp(6) with time zone not null,
    summary     varchar(4000),
    created_at  timestamp(6) with time zone not null
);
create index touch_person_idx on touch (person_id, occurred_at);
create index touch_user_idx on touch (user_id, occurred_at);
