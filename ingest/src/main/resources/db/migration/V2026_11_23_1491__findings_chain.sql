-- Findings spanning runs, second step: a run that computes everything no longer closes every
-- current finding row (closing ~180,000 rows cost a full run at a million records about 30 s of
-- index updates). Instead each run names the first run whose findings rows it may read
-- (findings_from): itself for a run that computes everything, its base run's findings_from for
-- a run that carries the previous result over. A row stored by run S belongs to run R when
-- findings_from(R) <= S <= R, S is DONE, and the row was not closed before R. Runs stored before
-- this script read only their own rows.
ALTER TABLE dedup_run ADD COLUMN findings_from BIGINT NULL;
UPDATE dedup_run SET findings_from = id;
