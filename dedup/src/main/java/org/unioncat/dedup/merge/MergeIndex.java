package org.unioncat.dedup.merge;

import java.util.List;
import org.unioncat.ingest.index.IndexedRecord;

/**
 * Where a merge or undo sends its changes after its transaction commits: the records to (re)index
 * and the records to remove. The database is the source of truth: if this fails, the merge stands
 * and {@code unioncat reindex} (or the next merge of the records) repairs the index.
 */
public interface MergeIndex {
  /** For merging without an index (tests of the database side alone). */
  MergeIndex NONE = (upserts, deletes) -> {};

  void update(List<IndexedRecord> upserts, List<Long> deletes);
}
