package org.unioncat.ingest.store;

/**
 * What one chunk of records did to the catalog; summed into the batch row.
 *
 * @param records records read in the chunk
 * @param accepted records stored (new or replacing the library's earlier version)
 * @param rejected records with errors, quarantined with their raw bytes
 * @param withWarnings accepted records with warnings
 * @param unchanged records byte-identical to one the library already has (not stored twice)
 * @param replaced accepted records that replaced the library's record with the same 001
 * @param deletions deletion requests (leader/05 = d) applied to the library's record
 * @param duplicatesFound accepted records sharing an ISBN with another library's record
 */
public record ChunkCounts(
    long records,
    long accepted,
    long rejected,
    long withWarnings,
    long unchanged,
    long replaced,
    long deletions,
    long duplicatesFound) {}
