package org.unioncat.ingest.load;

/**
 * Told after each committed chunk: how many records and bytes of the input are done. Called from
 * the loader's chunk-writer thread, one call at a time, in file order.
 */
@FunctionalInterface
public interface LoadProgress {
  LoadProgress NONE = (records, bytes) -> {};

  void chunkCommitted(long recordsDone, long bytesRead);
}
