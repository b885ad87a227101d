create sequence app_user_seq start with 1 increment by 50;

create table app_user (
    id                   bigint primary key,
    username             varchar(100)  not null,
    display_name         varchar(200)  not null,
    email                varchar(320),
    password_hash        varchar(200)  not null,
    role                 varchar(20)   not null,
    time_zone            varchar(64)   not null,
    must_change_password boolean       not null,
    enabled              boolean       not null,
    created_at           timestamp(6) with time zone not null,
    version              bigint        not null,
    constraint app_user_username_uk unique (username)
);

create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id           bigint primary key,
    user_id      bigint       not null references app_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    prefix       varchar(16)  not null,
    created_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone,
    constraint api_token_hash_uk unique (token_hash)
);

create index api_token_user_idx on api_token (user_id);
