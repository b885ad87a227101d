-- Where a person is, from the gazetteer, for radius search and distances to openings. Null when the city is unknown.
alter table person add column latitude double precision;
alter table person add column longitude double precision;
