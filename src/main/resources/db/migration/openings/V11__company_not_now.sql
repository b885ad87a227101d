-- Companies say "not now" too: a hiring freeze, no budget, filled internally; with their own revisit date.
alter table company add column not_now_reason varchar(30);
alter table company add column not_now_note varchar(500);
alter table company add column not_now_since date;
alter table company add column not_now_until date;
create index company_not_now_until_idx on company (not_now_until);
