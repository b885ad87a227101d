-- The Today view lists silver medalists whose revisit window opened this week: without this index H2 reads every
-- revisit to find them (9 s on 1,000,000 people, docs/benchmarks.md); with it both databases read only that week.
create index revisit_silver_idx on revisit (silver_medalist, revisit_on);
