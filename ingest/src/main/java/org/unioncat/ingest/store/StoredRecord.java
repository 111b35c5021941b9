package org.unioncat.ingest.store;

import java.time.Instant;

/**
 * A bibliographic record as stored: its id, owner, status, the raw MARC exactly as received and
 * the normalized view as JSON (null when quarantined or deleted).
 */
public record StoredRecord(
    long id,
    String libraryCode,
    String localId,
    RecordStatus status,
    Long mergedInto,
    Long batchId,
    long ordinal,
    String flavour,
    String containerFormat,
    String sourceEncoding,
    byte[] raw,
    String normalizedJson,
    String title,
    Instant updatedAt) {}
