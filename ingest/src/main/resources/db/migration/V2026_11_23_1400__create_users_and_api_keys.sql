-- Users of the service and their API keys (issue 8). Passwords are stored as Spring Security
-- DelegatingPasswordEncoder strings ({bcrypt}...); API keys as the SHA-256 of the token, which is
-- shown once when the key is made and never stored. One script for MySQL/MariaDB and H2.
CREATE TABLE app_user (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name          VARCHAR(100)  NOT NULL,
  password_hash VARCHAR(200),
  -- CATALOGER, VENDOR, CENTER, ADMIN
  role          VARCHAR(20)   NOT NULL,
  enabled       BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT uq_app_user_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The libraries a user acts for: exactly one for a cataloger, one or more for a vendor, none for
-- the center and administrators (who act for all).
CREATE TABLE app_user_library (
  user_id      BIGINT       NOT NULL,
  library_code VARCHAR(20)  NOT NULL,
  PRIMARY KEY (user_id, library_code),
  CONSTRAINT fk_user_library_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE api_key (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id      BIGINT       NOT NULL,
  label        VARCHAR(100) NOT NULL,
  -- the first characters of the token, to tell keys apart in lists (not enough to use it)
  prefix       VARCHAR(12)  NOT NULL,
  token_sha256 CHAR(64)     NOT NULL,
  created_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  revoked      BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT uq_api_key_hash UNIQUE (token_sha256),
  CONSTRAINT fk_api_key_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
