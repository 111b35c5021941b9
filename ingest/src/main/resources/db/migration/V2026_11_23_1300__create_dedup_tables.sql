-- The duplicate detector's results and reviewers' decisions. One script for MySQL/MariaDB and
-- H2 (MODE=MySQL), as V2026_11_23_1100. A run's rows are written in chunks; only a run whose
-- status is DONE is ever read, so a run that died half-way is never shown.

CREATE TABLE dedup_run (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  started_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  finished_at     TIMESTAMP    NULL,
  -- RUNNING, DONE, FAILED
  status          VARCHAR(10)  NOT NULL,
  records         BIGINT       NOT NULL DEFAULT 0,
  candidate_pairs BIGINT       NOT NULL DEFAULT 0,
  clusters        BIGINT       NOT NULL DEFAULT 0,
  findings        BIGINT       NOT NULL DEFAULT 0,
  -- the run's RunStatistics as JSON (capped blocks, comparisons, elapsed time...)
  statistics      LONGTEXT,
  message         VARCHAR(2000),
  INDEX ix_dedup_run_status (status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- cluster_id is the detector's: the lowest record id of the cluster, stable across runs.
CREATE TABLE dedup_cluster (
  run_id          BIGINT       NOT NULL,
  cluster_id      BIGINT       NOT NULL,
  keep_record_id  BIGINT       NOT NULL,
  size            INT          NOT NULL,
  PRIMARY KEY (run_id, cluster_id),
  CONSTRAINT fk_dedup_cluster_run FOREIGN KEY (run_id) REFERENCES dedup_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per cluster member; member_no 0 is the kept record, then the others by record id.
CREATE TABLE dedup_member (
  run_id          BIGINT       NOT NULL,
  cluster_id      BIGINT       NOT NULL,
  member_no       INT          NOT NULL,
  record_id       BIGINT       NOT NULL,
  library_code    VARCHAR(20)  NOT NULL,
  local_id        VARCHAR(100),
  -- KEEP, DUPLICATE, FINDING
  role            VARCHAR(10)  NOT NULL,
  -- the cause's number 1-12, null when none was named
  cause           INT,
  score           DOUBLE       NOT NULL,
  explanation_en  LONGTEXT     NOT NULL,
  explanation_zh  LONGTEXT     NOT NULL,
  action_en       LONGTEXT     NOT NULL,
  action_zh       LONGTEXT     NOT NULL,
  PRIMARY KEY (run_id, cluster_id, member_no),
  CONSTRAINT fk_dedup_member_cluster FOREIGN KEY (run_id, cluster_id)
      REFERENCES dedup_cluster (run_id, cluster_id),
  INDEX ix_dedup_member_library (run_id, library_code, cluster_id),
  INDEX ix_dedup_member_record (run_id, record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE dedup_finding (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id            BIGINT       NOT NULL,
  record_id         BIGINT       NOT NULL,
  library_code      VARCHAR(20)  NOT NULL,
  local_id          VARCHAR(100),
  cause             INT          NOT NULL,
  related_record_id BIGINT,
  detail_en         LONGTEXT     NOT NULL,
  detail_zh         LONGTEXT     NOT NULL,
  action_en         LONGTEXT     NOT NULL,
  action_zh         LONGTEXT     NOT NULL,
  CONSTRAINT fk_dedup_finding_run FOREIGN KEY (run_id) REFERENCES dedup_run (id),
  INDEX ix_dedup_finding_run (run_id, record_id, cause),
  INDEX ix_dedup_finding_library (run_id, library_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A reviewer's "not duplicates": the pair (lower id first) is never clustered on later runs.
CREATE TABLE dedup_decision (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  first_record_id  BIGINT       NOT NULL,
  second_record_id BIGINT       NOT NULL,
  decided_by       VARCHAR(100) NOT NULL,
  decided_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT uk_dedup_decision_pair UNIQUE (first_record_id, second_record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
