-- The daily run reads due revisits in (revisit_on, id) order, batch after batch: with id in the index both H2 and
-- PostgreSQL read the next batch straight from the index instead of sorting every due row each time.
drop index revisit_due_idx;
create index revisit_due_idx on revisit (follow_up_created, revisit_on, id);
