-- The Today view reads a recruiter's first due follow-ups in order and counts them by origin: with these columns in
-- the index PostgreSQL answers both from the index alone (measured on 1,000,000 people, docs/benchmarks.md).
drop index follow_up_owner_due_idx;
create index follow_up_owner_due_idx on follow_up (owner_id, status, due_on, id, origin);
