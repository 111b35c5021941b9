package org.unioncat.dedup.merge;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.unioncat.ingest.index.IndexedRecord;
import org.unioncat.ingest.normalize.NormalizedRecordJson;

/** Brings the search index in line with a committed merge or undo, from the database rows. */
final class IndexSync {
  private IndexSync() {}

  /**
   * Brings the index in line with the committed change: ACTIVE records among {@code upserts} are
   * (re)indexed with their holding libraries, the others and {@code deletes} removed. Returns
   * false when the index could not be updated (the database stands; reindex repairs it).
   */
  static boolean apply(DataSource dataSource, MergeIndex index, List<Long> upserts, List<Long> deletes) {
    try (Connection c = dataSource.getConnection()) {
      Map<Long, RowSnapshot> rows = RecordRows.read(c, upserts);
      Map<Long, List<String>> holders = RecordRows.holdingLibraries(c, upserts);
      List<IndexedRecord> docs = new ArrayList<>();
      List<Long> remove = new ArrayList<>(deletes);
      for (RowSnapshot r : rows.values()) {
        if (r.status().equals("ACTIVE") && r.normalized() != null) {
          docs.add(new IndexedRecord(r.id(), r.libraryCode(), holders.getOrDefault(r.id(), List.of()),
              NormalizedRecordJson.fromJson(r.normalized())));
        } else {
          remove.add(r.id());
        }
      }
      index.update(docs, remove);
      return true;
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

}
