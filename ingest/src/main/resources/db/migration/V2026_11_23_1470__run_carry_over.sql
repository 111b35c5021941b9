-- Incremental clustering: a nightly run after a small upload computes again only the part of
-- the result its changes touch and carries the previous run's other clusters and findings over.
-- One script for MySQL/MariaDB and H2 (MODE=MySQL).

-- A run's review suggestions (pairs a reviewer should look at: POSSIBLE pairs left apart, links
-- refused because of a conflict). Their number is part of the run's statistics; a run that
-- carries part of its result over copies the suggestions of that part from here.
CREATE TABLE dedup_suggestion (
  run_id           BIGINT  NOT NULL,
  first_record_id  BIGINT  NOT NULL,
  second_record_id BIGINT  NOT NULL,
  score            DOUBLE  NOT NULL,
  PRIMARY KEY (run_id, first_record_id, second_record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 1 once a run's suggestions are stored (runs made before this script have none, so nothing can
-- be carried over from them).
ALTER TABLE dedup_run ADD COLUMN suggestions_stored TINYINT NOT NULL DEFAULT 0;
-- The run whose unaffected clusters and findings this run carried over (null: computed whole).
ALTER TABLE dedup_run ADD COLUMN base_run_id BIGINT NULL;

-- While a run carries over: the records whose part it computes again (kind R) and the clusters
-- of the base run that part replaces (kind C). Emptied when the run is stored.
CREATE TABLE dedup_run_redo (
  run_id  BIGINT   NOT NULL,
  kind    CHAR(1)  NOT NULL,
  id      BIGINT   NOT NULL,
  PRIMARY KEY (run_id, kind, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
