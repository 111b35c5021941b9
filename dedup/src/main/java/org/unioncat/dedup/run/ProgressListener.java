package org.unioncat.dedup.run;

/**
 * Told how a run advances. Called from the thread that called {@link Deduplicator#run}, never
 * concurrently.
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (phase, done, total) -> {};

  /**
   * @param phase "keys", "compare", "cluster" or "report"
   * @param done units done in the phase (records, or pairs while comparing)
   * @param total units in the phase
   */
  void progress(String phase, long done, long total);
}
