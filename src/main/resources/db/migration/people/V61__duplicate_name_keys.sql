-- A similar name only counts together with the same employer or the same city, so names are looked up by the sound
-- of the name joined with the employer's key, and with the city's key: each lookup returns a handful of rows, not
-- everyone whose name sounds alike. Rows are keyed again by the background backfill (name_sound null = not keyed).
alter table person add column sound_employer varchar(260);
alter table person add column sound_city varchar(200);
create index person_sound_employer_idx on person (sound_employer);
create index person_sound_city_idx on person (sound_city);
update person set name_sound = null where name_sound is not null;
