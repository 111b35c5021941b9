-- The nightly dedup job's working tables, keyed by Spring Batch's job instance id (a restarted
-- run is a new execution of the same instance and finds its own rows). One script for
-- MySQL/MariaDB and H2 (MODE=MySQL).

-- Which job instance produced a stored run, in which mode, and how its clusters compare with
-- the previous run's (the job's statistics; clusters keep their ids from run to run).
ALTER TABLE dedup_run ADD COLUMN job_instance_id BIGINT NULL;
ALTER TABLE dedup_run ADD COLUMN run_mode VARCHAR(12) NULL;
ALTER TABLE dedup_run ADD COLUMN high_water_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dedup_run ADD COLUMN clusters_new BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dedup_run ADD COLUMN clusters_changed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dedup_run ADD COLUMN clusters_closed BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_dedup_run_job ON dedup_run (job_instance_id);

-- Candidate pairs to score in this run, split into partitions (part) that score independently.
CREATE TABLE dedup_job_pair (
  job_instance_id BIGINT NOT NULL,
  part            INT    NOT NULL,
  first_id        BIGINT NOT NULL,
  second_id       BIGINT NOT NULL,
  PRIMARY KEY (job_instance_id, part, first_id, second_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Scored pairs that matter (anything but DIFFERENT without a cause). The primary key makes a
-- pair scored twice in one run fail loudly instead of counting twice. An incremental run copies
-- the previous successful run's rows for pairs of unchanged records.
CREATE TABLE dedup_job_score (
  job_instance_id BIGINT       NOT NULL,
  first_id        BIGINT       NOT NULL,
  second_id       BIGINT       NOT NULL,
  verdict         VARCHAR(12)  NOT NULL,
  score           DOUBLE       NOT NULL,
  PRIMARY KEY (job_instance_id, first_id, second_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Records new or changed since the previous successful run (what an incremental run rescores).
CREATE TABLE dedup_job_changed (
  job_instance_id BIGINT NOT NULL,
  record_id       BIGINT NOT NULL,
  PRIMARY KEY (job_instance_id, record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- ISBN-13s shared by clearly different books in this run's catalog: not counted as evidence.
CREATE TABLE dedup_job_isbn (
  job_instance_id BIGINT      NOT NULL,
  isbn13          VARCHAR(13) NOT NULL,
  PRIMARY KEY (job_instance_id, isbn13)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
