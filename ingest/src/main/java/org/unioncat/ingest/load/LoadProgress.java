package org.unioncat.ingest.load;

/** Told after each committed chunk: how many records and bytes of the input are done. */
@FunctionalInterface
public interface LoadProgress {
  LoadProgress NONE = (records, bytes) -> {};

  void chunkCommitted(long recordsDone, long bytesRead);
}
