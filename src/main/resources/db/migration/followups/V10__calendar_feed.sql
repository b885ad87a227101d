-- A private iCalendar feed per user: the secret is in the URL, only its hash is stored; revoking deletes the row.
create table calendar_feed (
    user_id    bigint primary key,
    token_hash varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    constraint calendar_feed_token_uk unique (token_hash)
);
