-- The union catalog's tables. One script for MySQL/MariaDB and H2 (MODE=MySQL): keep to the
-- syntax both accept. utf8mb4 everywhere; binary collation so that exact keys stay exact
-- (under a _ci collation 'Müller' = 'Muller').

CREATE TABLE member_library (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code            VARCHAR(20)  NOT NULL,
  name            VARCHAR(200) NOT NULL,
  report_language VARCHAR(10)  NOT NULL DEFAULT 'en',
  -- holdings mappings as JSON: [{"tag":"852","librarySubfield":"a",...}]
  holdings_mapping LONGTEXT    NOT NULL,
  -- codes that name this library inside holdings fields (sigils, MARC organization codes), comma-separated
  holdings_codes  VARCHAR(1000) NOT NULL DEFAULT '',
  created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT uk_member_library_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE upload_batch (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  library_id       BIGINT       NOT NULL,
  uploaded_by      VARCHAR(100) NOT NULL,
  uploaded_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  file_name        VARCHAR(500) NOT NULL,
  file_size        BIGINT       NOT NULL,
  sha256           CHAR(64)     NOT NULL,
  container_format VARCHAR(20),
  flavours         VARCHAR(200),
  encodings        VARCHAR(200),
  -- RECEIVED, PROCESSING, DONE, FAILED, DUPLICATE_FILE
  status           VARCHAR(20)  NOT NULL,
  records_total    BIGINT       NOT NULL DEFAULT 0,
  records_done     BIGINT       NOT NULL DEFAULT 0,
  accepted         BIGINT       NOT NULL DEFAULT 0,
  rejected         BIGINT       NOT NULL DEFAULT 0,
  with_warnings    BIGINT       NOT NULL DEFAULT 0,
  unchanged        BIGINT       NOT NULL DEFAULT 0,
  replaced         BIGINT       NOT NULL DEFAULT 0,
  deletions        BIGINT       NOT NULL DEFAULT 0,
  duplicates_found BIGINT       NOT NULL DEFAULT 0,
  -- the last chunk committed, so that an interrupted batch resumes after it
  last_ordinal     BIGINT       NOT NULL DEFAULT 0,
  message          VARCHAR(2000),
  CONSTRAINT fk_batch_library FOREIGN KEY (library_id) REFERENCES member_library (id),
  INDEX ix_batch_library_sha (library_id, sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE bib_record (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  library_id       BIGINT       NOT NULL,
  batch_id         BIGINT,
  ordinal          BIGINT       NOT NULL,
  local_id         VARCHAR(100),
  flavour          VARCHAR(10)  NOT NULL,
  container_format VARCHAR(20)  NOT NULL,
  source_encoding  VARCHAR(20),
  -- the record exactly as received (ISO 2709 bytes, or the record's XML/JSON text)
  raw_marc         LONGBLOB     NOT NULL,
  -- the normalized view as JSON (what the matcher compares); null for quarantined records
  normalized       LONGTEXT,
  -- SHA-256 of raw_marc: a byte-identical record from the same library is not stored twice
  content_hash     CHAR(64)     NOT NULL,
  -- ACTIVE, QUARANTINED, MERGED, DELETED
  status           VARCHAR(12)  NOT NULL,
  merged_into      BIGINT,
  title            VARCHAR(1000),
  created_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT fk_record_library FOREIGN KEY (library_id) REFERENCES member_library (id),
  CONSTRAINT fk_record_batch FOREIGN KEY (batch_id) REFERENCES upload_batch (id),
  INDEX ix_record_library_local (library_id, local_id),
  INDEX ix_record_library_hash (library_id, content_hash),
  INDEX ix_record_batch (batch_id, ordinal),
  INDEX ix_record_status (status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE holding (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_id   BIGINT       NOT NULL,
  library_id  BIGINT       NOT NULL,
  call_number VARCHAR(200),
  barcode     VARCHAR(100),
  location    VARCHAR(200),
  source      VARCHAR(20),
  CONSTRAINT fk_holding_record FOREIGN KEY (record_id) REFERENCES bib_record (id),
  CONSTRAINT fk_holding_library FOREIGN KEY (library_id) REFERENCES member_library (id),
  INDEX ix_holding_record (record_id),
  INDEX ix_holding_library_call (library_id, call_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE validation_finding (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id    BIGINT       NOT NULL,
  record_id   BIGINT,
  record_no   BIGINT       NOT NULL,
  local_id    VARCHAR(100),
  byte_offset BIGINT       NOT NULL,
  code        VARCHAR(40)  NOT NULL,
  severity    VARCHAR(10)  NOT NULL,
  tag         VARCHAR(10),
  subfield    VARCHAR(2),
  -- message arguments as a JSON array; the message itself is rendered in the reader's language
  args        LONGTEXT     NOT NULL,
  CONSTRAINT fk_finding_batch FOREIGN KEY (batch_id) REFERENCES upload_batch (id),
  INDEX ix_finding_batch (batch_id, record_no),
  INDEX ix_finding_record (record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
