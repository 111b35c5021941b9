package org.unioncat.ingest.store;

import java.time.Instant;

/**
 * One upload: who sent which file for which library, what was detected in it, and how far
 * processing got. Counts add up: {@code accepted + rejected + unchanged + deletions = recordsDone}.
 *
 * @param replaced accepted records that replaced the library's earlier record with the same 001
 * @param deletions deletion requests (leader/05 = d) applied
 * @param unchanged records byte-identical to one the library already has in the catalog (not
 *     stored twice; cause 9/12 at the door)
 * @param lastOrdinal the last record ordinal whose chunk is committed: a resumed batch continues
 *     after it
 * @param vendor the vendor that sent the batch for the library, or null when the library or the
 *     operator sent it
 */
public record UploadBatch(
    long id,
    long libraryId,
    String libraryCode,
    String uploadedBy,
    Instant uploadedAt,
    String fileName,
    long fileSize,
    String sha256,
    String containerFormat,
    String flavours,
    String encodings,
    BatchStatus status,
    long recordsTotal,
    long recordsDone,
    long accepted,
    long rejected,
    long withWarnings,
    long unchanged,
    long replaced,
    long deletions,
    long duplicatesFound,
    long lastOrdinal,
    String message,
    String vendor) {}
