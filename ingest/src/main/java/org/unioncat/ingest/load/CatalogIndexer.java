package org.unioncat.ingest.load;

import java.util.List;
import org.unioncat.ingest.index.IndexedRecord;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.RecordStore;

/**
 * Where the loader sends each committed chunk so it becomes searchable: the Lucene index in the
 * service, nothing in tests of the store alone. Called after the chunk's transaction commits (the
 * database is the source of truth; a chunk missing from the index after a crash comes back with
 * {@code unioncat reindex}).
 */
public interface CatalogIndexer {
  /** A no-op indexer, for loading without an index. */
  CatalogIndexer NONE = (library, active, removed) -> {};

  void indexChunk(MemberLibrary library, List<RecordStore.Stored> active, List<Long> removed);

  /**
   * Replaces the documents of records read back from the database after a chunk committed (their
   * holding libraries changed: a library withdrew from a shared record, or replaced a record
   * others hold). Called after {@link #indexChunk} for the same chunk, in the same order.
   */
  default void reindex(List<IndexedRecord> records) {}

  /** Returns when every chunk handed over so far is indexed (a no-op when indexing is direct). */
  default void flush() {}
}
