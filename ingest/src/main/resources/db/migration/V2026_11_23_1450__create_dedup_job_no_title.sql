-- Records without a usable title in a job run's catalog (cause 11 reports each of them). The
-- candidates step writes them while it has every record's normalized view, so the cluster step
-- can read only the records it needs (those of the scored pairs and these) instead of the whole
-- catalog again.
CREATE TABLE dedup_job_no_title (
  job_instance_id BIGINT NOT NULL,
  record_id       BIGINT NOT NULL,
  PRIMARY KEY (job_instance_id, record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
