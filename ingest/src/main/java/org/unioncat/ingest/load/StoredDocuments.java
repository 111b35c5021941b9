package org.unioncat.ingest.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.unioncat.ingest.index.IndexedRecord;
import org.unioncat.ingest.normalize.NormalizedRecordJson;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.StoredHolding;
import org.unioncat.ingest.store.StoredRecord;

/** Index documents of records as the database has them now: the view and every holding library. */
final class StoredDocuments {
  private StoredDocuments() {}

  /** The ACTIVE records among {@code ids} (two queries); the others are left out. */
  static List<IndexedRecord> read(CatalogQueries queries, Collection<Long> ids) {
    List<StoredRecord> records = queries.activeRecords(ids);
    Map<Long, List<StoredHolding>> holdings =
        queries.holdings(records.stream().map(StoredRecord::id).toList());
    List<IndexedRecord> docs = new ArrayList<>(records.size());
    for (StoredRecord r : records) {
      if (r.normalizedJson() == null) {
        continue;
      }
      List<String> holders = holdings.getOrDefault(r.id(), List.of()).stream()
          .map(StoredHolding::libraryCode).distinct().toList();
      docs.add(new IndexedRecord(r.id(), r.libraryCode(), holders,
          NormalizedRecordJson.fromJson(r.normalizedJson())));
    }
    return docs;
  }
}
