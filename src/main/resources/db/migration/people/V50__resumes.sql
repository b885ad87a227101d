create sequence resume_seq start with 1 increment by 50;

-- Every resume a person ever sent: the original file lives under the data folder (resumes/), named by its
-- SHA-256 checksum; the extracted text is kept for search.
create table resume (
    id           bigint primary key,
    person_id    bigint        not null references person (id),
    version      int           not null,
    file_name    varchar(255)  not null,
    content_type varchar(120)  not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    text         varchar(1000000),
    uploaded_at  timestamp(6) with time zone not null,
    uploaded_by  bigint,
    constraint resume_person_version_uq unique (person_id, version)
);

create index resume_person_idx on resume (person_id);
create index resume_sha256_idx on resume (sha256);
