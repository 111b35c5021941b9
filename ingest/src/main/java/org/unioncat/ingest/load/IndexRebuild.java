package org.unioncat.ingest.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.index.IndexedRecord;
import org.unioncat.ingest.normalize.NormalizedRecordJson;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.StoredRecord;

/**
 * Rebuilds the Lucene index from the database, the source of truth: empties the index, then
 * streams every ACTIVE record (its stored normalized view and its holding libraries) into it in
 * pages, and commits. Progress is reported after each page.
 */
public final class IndexRebuild {
  private static final int PAGE = 1000;

  private IndexRebuild() {}

  /** Returns the number of records indexed. */
  public static long run(CatalogQueries queries, CatalogIndex index, LoadProgress progress) {
    index.deleteAll();
    long[] done = {0};
    queries.activeRecords(
        PAGE,
        page -> {
          Map<Long, List<String>> holders =
              queries.holdingLibraries(page.get(0).id(), page.get(page.size() - 1).id());
          List<IndexedRecord> docs = new ArrayList<>(page.size());
          for (StoredRecord r : page) {
            docs.add(
                new IndexedRecord(
                    r.id(),
                    r.libraryCode(),
                    holders.getOrDefault(r.id(), List.of()),
                    NormalizedRecordJson.fromJson(r.normalizedJson())));
          }
          index.index(docs);
          done[0] += page.size();
          progress.chunkCommitted(done[0], 0);
        });
    index.commit();
    index.refresh();
    return done[0];
  }
}
