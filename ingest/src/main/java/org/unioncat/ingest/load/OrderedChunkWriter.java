package org.unioncat.ingest.load;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the loader's chunk commits on one thread of its own, strictly in the order they are
 * submitted, while the loader goes on reading, validating and preparing the next chunk.
 *
 * <p>Why: a JFR profile of a 100,000-record load showed the loading thread blocked on MariaDB's
 * answers for about a third of the wall time; with the commits here, that wait overlaps the
 * preparation of the next chunk. One thread, not several connections in parallel: chunks must
 * commit in file order, since each commit advances the batch's {@code last_ordinal} (what a
 * resumed batch skips) and sees the records of the chunks before it (duplicates within a file).
 *
 * <p>At most one chunk waits while another is written; beyond that {@link #submit} blocks, so
 * memory stays bounded. After a failure no later chunk is written; the failure is rethrown from
 * the next {@link #submit} or {@link #finish}. Not thread-safe: one loading thread submits.
 */
final class OrderedChunkWriter implements AutoCloseable {
  private final ExecutorService worker;
  private volatile Throwable failure;
  private volatile boolean cancelled;

  OrderedChunkWriter() {
    worker =
        BoundedWorker.start("chunk-writer", 1, "to store a chunk");
  }

  /** Queues the commit of the next chunk; rethrows the failure of an earlier one. */
  void submit(Runnable commit) {
    rethrow();
    worker.execute(
        () -> {
          if (failure != null || cancelled) {
            return; // a chunk after a failed one must not be committed
          }
          try {
            commit.run();
          } catch (RuntimeException | Error e) {
            failure = e;
          }
        });
  }

  /** Waits until every submitted chunk is committed; rethrows a failure. */
  void finish() {
    Future<?> last = worker.submit(() -> {});
    try {
      last.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the last chunk", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    rethrow();
  }

  private void rethrow() {
    Throwable e = failure;
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error err) {
      throw err;
    }
  }

  /**
   * Stops the thread. Chunks still waiting are dropped (the loader is failing; a resumed batch
   * loads them again); the chunk being written finishes, so the batch's state is settled when
   * this returns.
   */
  @Override
  public void close() {
    cancelled = true;
    worker.shutdown();
    try {
      if (!worker.awaitTermination(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("a chunk is still being written after 10 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
