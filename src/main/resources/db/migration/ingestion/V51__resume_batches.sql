create sequence resume_batch_seq start with 1 increment by 50;
create sequence resume_batch_item_seq start with 1 increment by 50;

-- Many resumes uploaded at once (files or a zip), read in the background; every file gets an outcome.
create table resume_batch (
    id         bigint primary key,
    owner_id   bigint,
    created_at timestamp(6) with time zone not null
);

create table resume_batch_item (
    id           bigint primary key,
    batch_id     bigint       not null references resume_batch (id),
    position     int          not null,
    file_name    varchar(255) not null,
    staged_token varchar(36),
    status       varchar(20)  not null,
    reason       varchar(500),
    person_id    bigint,
    duplicate_of bigint,
    processed_at timestamp(6) with time zone,
    constraint resume_batch_item_position_uq unique (batch_id, position)
);

create index resume_batch_item_pending_idx on resume_batch_item (status, id);
create index resume_batch_item_batch_idx on resume_batch_item (batch_id, position);
