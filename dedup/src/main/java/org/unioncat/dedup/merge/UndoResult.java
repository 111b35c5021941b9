package org.unioncat.dedup.merge;

import java.util.List;

/**
 * What an undo restored.
 *
 * @param mergeId the merge undone
 * @param clusterId its cluster
 * @param restoredRecordIds every record put back as it was before the merge
 * @param holdingsRestored holding rows moved back to the record they came from
 * @param indexed whether the search index was updated (false: run {@code unioncat reindex})
 */
public record UndoResult(
    long mergeId, long clusterId, List<Long> restoredRecordIds, int holdingsRestored, boolean indexed) {}
