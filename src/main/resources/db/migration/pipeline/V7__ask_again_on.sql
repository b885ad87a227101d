-- A date the person gave ("call me after my bonus in March"): it overrides the revisit policy.
alter table candidacy add column outcome_ask_again_on date;
