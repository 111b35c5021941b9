/**
 * The catalog database in plain JDBC: member libraries, upload batches, records (raw MARC exactly
 * as received plus the normalized view), holdings and validation findings. Schema migrations are
 * Flyway scripts under {@code db/migration}, one set for MySQL/MariaDB and H2 (MySQL mode). The
 * database is the source of truth; the Lucene index can always be rebuilt from it.
 */
package org.unioncat.ingest.store;
