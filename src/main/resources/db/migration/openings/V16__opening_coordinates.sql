-- Where an opening is, from the gazetteer, for distances to people. Null when the city is unknown.
alter table opening add column latitude double precision;
alter table opening add column longitude double precision;
