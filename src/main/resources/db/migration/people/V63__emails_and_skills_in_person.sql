-- A person's e-mails as written and skills are read and written with the person and looked up by nothing (duplicate
-- checks and the e-mail filter use person_email_key), so they live in array columns of person instead of rows of
-- their own: an import of 100,000 people wrote 300,000 such rows, each with its own primary key entry.
alter table person add column emails varchar(320) array default cast(array[] as varchar(320) array) not null;
alter table person add column skills varchar(120) array default cast(array[] as varchar(120) array) not null;

update person p set emails = (select array_agg(e.email order by e.position) from person_email e where e.person_id = p.id)
where exists (select 1 from person_email e where e.person_id = p.id);
update person p set skills = (select array_agg(s.skill order by s.position) from person_skill s where s.person_id = p.id)
where exists (select 1 from person_skill s where s.person_id = p.id);

drop table person_email;
drop table person_skill;
