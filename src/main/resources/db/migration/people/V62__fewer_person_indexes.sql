-- Each index costs every insert a B-tree entry, and on H2 one on a random key also rewrites a page of the index at
-- nearly every store: an import of 100,000 people paid about 5 s for each such index. These served nothing a
-- recruiter waits for:
-- - the bare name sound: names are looked up by sound_employer and sound_city, and the background backfill reads the
--   table in id order to find rows not keyed yet;
-- - the e-mail as written: the people list finds e-mails through person_email_key, which duplicate checks need anyway;
-- - merged_into: nothing looks people up by the person they were merged into, and "merged_into is null" holds for
--   nearly every row, so the index could only mislead the planner.
drop index person_name_sound_idx;
drop index person_email_email_idx;
drop index person_merged_into_idx;
