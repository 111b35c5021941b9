-- Per-library correction reports and the libraries' marks on their rows. One script for
-- MySQL/MariaDB and H2 (MODE=MySQL), as V2026_11_23_1100.
--
-- A duplicate detection run's report rows are built once (by the nightly job, or on demand) and
-- rebuilt idempotently: a library's rows of a run are deleted and inserted again in one
-- transaction. correction_build says which runs have their rows built.

CREATE TABLE correction_build (
  run_id      BIGINT       NOT NULL PRIMARY KEY,
  -- BUILDING, DONE
  status      VARCHAR(10)  NOT NULL,
  built_at    TIMESTAMP    NULL,
  libraries   INT          NOT NULL DEFAULT 0,
  row_count   BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_correction_build_run FOREIGN KEY (run_id) REFERENCES dedup_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One thing a library must act on. row_key is stable across runs (library, record, cause and
-- the record kept or related), so a library's mark on a row follows it from run to run.
CREATE TABLE correction_row (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id          BIGINT       NOT NULL,
  library_code    VARCHAR(20)  NOT NULL,
  row_key         VARCHAR(250) NOT NULL,
  -- DUPLICATE (merge onto the kept record), FINDING (detector finding), RECORD (the record's own problem)
  kind            VARCHAR(10)  NOT NULL,
  record_id       BIGINT       NOT NULL,
  local_id        VARCHAR(100),
  call_numbers    VARCHAR(1000),
  barcodes        VARCHAR(1000),
  cluster_id      BIGINT,
  keep_record_id  BIGINT,
  keep_library    VARCHAR(20),
  keep_local_id   VARCHAR(100),
  -- the cause's number 1-12; null when the detector named none
  cause           INT,
  -- the validation finding code for RECORD rows, the member role otherwise
  code            VARCHAR(40)  NOT NULL,
  -- who uploaded the record (user or vendor), for the center's counts by uploader
  uploaded_by     VARCHAR(100),
  action_en       LONGTEXT     NOT NULL,
  action_zh       LONGTEXT     NOT NULL,
  evidence_en     LONGTEXT     NOT NULL,
  evidence_zh     LONGTEXT     NOT NULL,
  CONSTRAINT uk_correction_row_key UNIQUE (run_id, library_code, row_key),
  INDEX ix_correction_row_report (run_id, library_code, cause, record_id),
  INDEX ix_correction_row_key (row_key, run_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A library's mark on a row (FIXED, DISPUTED, OPEN), by row key: not tied to a run.
CREATE TABLE correction_mark (
  row_key       VARCHAR(250)  NOT NULL PRIMARY KEY,
  library_code  VARCHAR(20)   NOT NULL,
  status        VARCHAR(10)   NOT NULL,
  note          VARCHAR(2000),
  marked_by     VARCHAR(100)  NOT NULL,
  marked_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  INDEX ix_correction_mark_status (status, library_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
