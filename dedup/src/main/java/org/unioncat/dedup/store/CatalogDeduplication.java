package org.unioncat.dedup.store;

import org.unioncat.dedup.run.DedupResult;
import org.unioncat.dedup.run.Deduplicator;
import org.unioncat.dedup.run.ProgressListener;

/**
 * Duplicate detection over the whole stored catalog: reads the ACTIVE records and the reviewers'
 * decisions ("not duplicates" pairs, records chosen to keep), runs the detector, and stores the run. A run that fails is recorded
 * as FAILED and never read.
 *
 * <p>One run at a time per instance is the caller's business; runs do not share state.
 */
public final class CatalogDeduplication {
  private final CatalogDedupRecords records;
  private final DedupStore store;
  private final Deduplicator deduplicator;

  public CatalogDeduplication(
      CatalogDedupRecords records, DedupStore store, Deduplicator deduplicator) {
    this.records = records;
    this.store = store;
    this.deduplicator = deduplicator;
  }

  /** A stored run: its id and what it found. */
  public record StoredResult(long runId, DedupResult result) {}

  /**
   * Runs the detector over the catalog and stores the result.
   *
   * @param progress told of each phase: "read" (records read from the database), then the
   *     detector's phases, then "store"
   */
  public StoredResult run(ProgressListener progress) {
    long runId = store.startRun();
    try {
      long total = records.countActive();
      progress.progress("read", 0, total);
      var active = records.active(done -> progress.progress("read", done, total));
      DedupResult result = deduplicator.run(active, store.rejectedPairs(), store.keepChoices(), progress);
      progress.progress("store", 0, result.clusters().size());
      store.finishRun(runId, result);
      progress.progress("store", result.clusters().size(), result.clusters().size());
      return new StoredResult(runId, result);
    } catch (RuntimeException e) {
      try {
        store.failRun(runId, String.valueOf(e.getMessage()));
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }
}
