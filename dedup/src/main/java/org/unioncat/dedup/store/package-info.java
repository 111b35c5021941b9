/**
 * The duplicate detector on the catalog database, in plain JDBC: {@link
 * org.unioncat.dedup.store.CatalogDedupRecords} reads the ACTIVE records with their holdings,
 * {@link org.unioncat.dedup.store.CatalogDeduplication} runs the detector over them and {@link
 * org.unioncat.dedup.store.DedupStore} keeps each run's clusters, members and findings, and the
 * reviewers' "not duplicates" decisions that later runs honour. The tables are created by the
 * ingest module's migration {@code V2026_11_23_1300__create_dedup_tables.sql}.
 */
package org.unioncat.dedup.store;
