package org.unioncat.dedup.merge;

import java.util.List;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.index.IndexedRecord;

/**
 * Applies merges to the service's one Lucene index (its single writer), as the upload path does:
 * documents are replaced by record id, tombstones deleted, and {@code onChange} told so that the
 * refresher makes the change searchable.
 */
public final class LuceneMergeIndex implements MergeIndex {
  private final CatalogIndex index;
  private final Runnable onChange;

  public LuceneMergeIndex(CatalogIndex index, Runnable onChange) {
    this.index = index;
    this.onChange = onChange;
  }

  @Override
  public void update(List<IndexedRecord> upserts, List<Long> deletes) {
    index.index(upserts);
    deletes.forEach(index::delete);
    onChange.run();
  }
}
