-- Who matched a saved search when its owner last looked: anyone matching now and not in here is a new match.
create table saved_search_seen (
    saved_search_id  bigint not null references saved_search (id) on delete cascade,
    person_id        bigint not null,
    primary key (saved_search_id, person_id)
);
