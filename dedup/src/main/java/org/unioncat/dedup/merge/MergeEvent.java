package org.unioncat.dedup.merge;

import java.time.Instant;
import java.util.List;

/**
 * A merge as listed for reviewers: who merged which records when, and whether it was undone.
 *
 * @param status APPLIED or UNDONE
 */
public record MergeEvent(
    long id,
    long runId,
    long clusterId,
    long keptRecordId,
    List<Long> mergedRecordIds,
    String mergedBy,
    Instant mergedAt,
    String status,
    String undoneBy,
    Instant undoneAt) {}
