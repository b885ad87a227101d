-- Persistent, not pushy: an agency-wide limit of outbound touches per person, editable by an admin.
create table contact_policy (
    id                 int primary key,
    max_touches        int     not null,
    window_days        int     not null,
    quiet_after_no     boolean not null
);
insert into contact_policy (id, max_touches, window_days, quiet_after_no) values (1, 5, 30, true);
