-- Incremental correction reports. One script for MySQL/MariaDB and H2 (MODE=MySQL).
--
-- Per run and library: a SHA-256 of everything in the run's result that the library's report
-- rows are built from (its clusters with all their members, its findings with the related
-- records). The nightly job writes them with the run (library_digests = 1 once they are
-- complete); its report step carries a library's rows of the previous run over unchanged when
-- the digests are equal and none of the library's records changed since, instead of building
-- them again.
CREATE TABLE dedup_run_library (
  run_id        BIGINT       NOT NULL,
  library_code  VARCHAR(20)  NOT NULL,
  digest        VARCHAR(64)  NOT NULL,
  PRIMARY KEY (run_id, library_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

ALTER TABLE dedup_run ADD COLUMN library_digests TINYINT NOT NULL DEFAULT 0;

-- Which libraries' records changed since a moment (the report step), and which records (the
-- job's changes step): a range on this index instead of a scan of the record table.
CREATE INDEX ix_record_updated ON bib_record (updated_at);
