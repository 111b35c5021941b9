package org.unioncat.dedup.merge;

import java.util.List;

/**
 * What a merge did.
 *
 * @param mergeId the merge's id (to undo it)
 * @param runId the duplicate detection run the cluster came from
 * @param clusterId the cluster
 * @param keptRecordId the record that survives
 * @param mergedRecordIds the records that became tombstones pointing to it
 * @param holdingsMoved the holding rows moved onto the kept record
 * @param isbnsAdded ISBN forms added to the kept record's MARC
 * @param seriesAdded series statements added to its series field
 * @param notesMoved general notes moved from the note into the series field
 * @param indexed whether the search index was updated (false: run {@code unioncat reindex})
 */
public record MergeResult(
    long mergeId,
    long runId,
    long clusterId,
    long keptRecordId,
    List<Long> mergedRecordIds,
    List<HoldingMove> holdingsMoved,
    List<String> isbnsAdded,
    List<String> seriesAdded,
    List<String> notesMoved,
    boolean indexed) {

  MergeResult withIndexed(boolean done) {
    return new MergeResult(mergeId, runId, clusterId, keptRecordId, mergedRecordIds, holdingsMoved,
        isbnsAdded, seriesAdded, notesMoved, done);
  }
}
