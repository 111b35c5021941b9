-- The audit log: who changed what, when. Append-only; written in the same transaction as the
-- change it describes (merges, undos, decisions) or on its own (uploads, user changes).
-- One script for MySQL/MariaDB and H2 (MODE=MySQL), as V2026_11_23_1100.
CREATE TABLE audit_log (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at  TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  actor        VARCHAR(100)  NOT NULL,
  action       VARCHAR(40)   NOT NULL,
  target       VARCHAR(200)  NOT NULL,
  library_code VARCHAR(20),
  detail       LONGTEXT,
  INDEX ix_audit_target (target, id),
  INDEX ix_audit_actor (actor, id),
  INDEX ix_audit_library (library_code, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
