package org.unioncat.ingest.load;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.unioncat.ingest.index.IndexedRecord;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.RecordStore;

/**
 * Indexes committed chunks on a thread of its own, in commit order, while the loader goes on
 * writing the next chunks to the database: inverting documents for Lucene and encoding rows for
 * JDBC are the two sequential costs of a load, and they need not wait for each other. At most
 * {@code capacity} chunks wait; beyond that the loader waits (back-pressure keeps memory bounded).
 * A failure of the delegate is rethrown from the next {@link #indexChunk} or {@link #flush}.
 *
 * <p>Thread-safe for one loader at a time; {@link #close()} drains the queue and stops the thread.
 */
public final class AsyncCatalogIndexer implements CatalogIndexer, AutoCloseable {
  private final CatalogIndexer delegate;
  private final ExecutorService worker;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private volatile Future<?> last;

  public AsyncCatalogIndexer(CatalogIndexer delegate, int capacity) {
    this.delegate = delegate;
    this.worker =
        BoundedWorker.start("catalog-indexer", capacity, "to index");
  }

  @Override
  public void indexChunk(MemberLibrary library, List<RecordStore.Stored> active, List<Long> removed) {
    rethrow();
    last =
        worker.submit(
            () -> {
              try {
                delegate.indexChunk(library, active, removed);
              } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
              }
            });
  }

  @Override
  public void reindex(List<IndexedRecord> records) {
    rethrow();
    last =
        worker.submit(
            () -> {
              try {
                delegate.reindex(records);
              } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
              }
            });
  }

  /** Waits until every chunk handed over so far is indexed; rethrows an indexing failure. */
  @Override
  public void flush() {
    Future<?> f = last;
    if (f != null) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the index", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("indexing failed", e.getCause());
      }
    }
    rethrow();
  }

  private void rethrow() {
    RuntimeException e = failure.getAndSet(null);
    if (e != null) {
      throw e;
    }
  }

  @Override
  public void close() {
    worker.shutdown();
    try {
      worker.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
