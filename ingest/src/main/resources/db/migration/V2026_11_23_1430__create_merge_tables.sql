-- Merges of duplicate clusters, their undo, and reviewers' cluster decisions. One script for
-- MySQL/MariaDB and H2 (MODE=MySQL), as V2026_11_23_1100.

-- One merge of a cluster of the run it was shown in. snapshot holds, as JSON, every bib_record row
-- the merge changed exactly as it was before and as the merge left it (raw MARC in base64), and
-- every holding row it moved (from which record to which): undo restores the "before" rows, and
-- refuses when the rows no longer equal the "after" ones.
CREATE TABLE merge_event (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id          BIGINT       NOT NULL,
  cluster_id      BIGINT       NOT NULL,
  kept_record_id  BIGINT       NOT NULL,
  merged_by       VARCHAR(100) NOT NULL,
  merged_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  -- APPLIED, UNDONE
  status          VARCHAR(10)  NOT NULL,
  undone_by       VARCHAR(100),
  undone_at       TIMESTAMP    NULL,
  snapshot        LONGTEXT     NOT NULL,
  INDEX ix_merge_cluster (cluster_id, id),
  INDEX ix_merge_run_cluster (run_id, cluster_id, status),
  INDEX ix_merge_kept (kept_record_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The records each merge touched (the kept one and the tombstones): finds later merges of the
-- same records, which must be undone first.
CREATE TABLE merge_event_record (
  merge_id        BIGINT       NOT NULL,
  record_id       BIGINT       NOT NULL,
  PRIMARY KEY (merge_id, record_id),
  CONSTRAINT fk_merge_record_event FOREIGN KEY (merge_id) REFERENCES merge_event (id),
  INDEX ix_merge_record (record_id, merge_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A reviewer's "keep this record when it is in a cluster": the detector's survivor rule puts it
-- first on every later run. At most one per cluster (choosing another removes the others').
CREATE TABLE dedup_keep_choice (
  record_id       BIGINT       NOT NULL PRIMARY KEY,
  decided_by      VARCHAR(100) NOT NULL,
  decided_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The last review decision on a cluster of a run (REJECTED, SPLIT, KEEP_CHOSEN), for the queue.
-- MERGED is not stored here: it is read from merge_event, so an undo reopens the cluster.
CREATE TABLE dedup_cluster_review (
  run_id          BIGINT       NOT NULL,
  cluster_id      BIGINT       NOT NULL,
  status          VARCHAR(12)  NOT NULL,
  decided_by      VARCHAR(100) NOT NULL,
  decided_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (run_id, cluster_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
