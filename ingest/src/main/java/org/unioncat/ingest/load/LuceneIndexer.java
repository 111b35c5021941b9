package org.unioncat.ingest.load;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.index.IndexedRecord;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.RecordStore;

/**
 * Feeds committed chunks into the Lucene catalog index: each stored ACTIVE record becomes a
 * document for its uploading library (which also holds it when the record brought holdings),
 * removed records leave the index. {@code onChange} is told after each chunk, so a refresher can
 * make the changes searchable. Thread-safe as far as the index is (one writer, many threads).
 */
public final class LuceneIndexer implements CatalogIndexer {
  private final CatalogIndex index;
  private final Runnable onChange;

  public LuceneIndexer(CatalogIndex index, Runnable onChange) {
    this.index = index;
    this.onChange = onChange;
  }

  @Override
  public void indexChunk(MemberLibrary library, List<RecordStore.Stored> active, List<Long> removed) {
    String code = library.code().value();
    List<IndexedRecord> docs = new ArrayList<>(active.size());
    for (RecordStore.Stored s : active) {
      List<String> holders = s.row().holdings().isEmpty() ? List.of() : List.of(code);
      docs.add(new IndexedRecord(s.id(), code, holders, s.row().normalized()));
    }
    index.index(docs);
    removed.forEach(index::delete);
    onChange.run();
  }

  @Override
  public void reindex(List<IndexedRecord> records) {
    index.index(records);
    onChange.run();
  }
}
