-- The nightly job's blocking keys, so that an incremental run finds the blocks of its changed
-- records without reading and parsing the whole catalog. A full run writes every record's keys;
-- an incremental run replaces those of changed records and drops those of records no longer
-- ACTIVE. key_hash is a 64-bit hash of the block id (key space + value), kind the key space
-- (KeyKind ordinal), needy whether a fuzzy key was needed by the record.
CREATE TABLE dedup_block_key (
  key_hash  BIGINT  NOT NULL,
  record_id BIGINT  NOT NULL,
  kind      TINYINT NOT NULL,
  needy     TINYINT NOT NULL,
  PRIMARY KEY (key_hash, record_id),
  KEY idx_dedup_block_key_record (record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Per record: what an oversized block is split by (trusted year, then first author), and how
-- many keys it produced (for the run's statistics).
CREATE TABLE dedup_block_record (
  record_id    BIGINT NOT NULL,
  trusted_year INT    NULL,
  author_hash  BIGINT NOT NULL,
  key_count    INT    NOT NULL,
  PRIMARY KEY (record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row: the job instance whose candidates step last brought the two tables above up to date
-- (none while a full run rewrites them). An incremental run uses them only when that is the
-- previous successful run (or itself, resumed).
CREATE TABLE dedup_block_state (
  id              INT    NOT NULL,
  job_instance_id BIGINT NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
