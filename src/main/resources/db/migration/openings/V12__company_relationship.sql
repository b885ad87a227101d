-- Whether the agency recruits for a company (client), hopes to (prospect), or knows it as an employer.
alter table company add column relationship varchar(20) default 'EMPLOYER' not null;
update company set relationship = 'CLIENT' where id in (select company_id from opening);
