package org.unioncat.ingest.normalize.extent;

/**
 * The extent of a record as numbers. Immutable and thread-safe.
 *
 * @param raw the subfield value as received ("" when the record has none)
 * @param source "300$a", "215$a" or "" when none
 * @param pages the main page (or leaf) count, or null
 * @param volumes the number of volumes, or null when not stated as volumes
 * @param prelimPages the sum of Roman-numbered preliminary pages, or null
 */
public record ExtentInfo(String raw, String source, Integer pages, Integer volumes, Integer prelimPages) {}
