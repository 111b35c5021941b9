package org.unioncat.ingest.store;

/** Where an upload batch is in its life. */
public enum BatchStatus {
  /** Accepted, waiting for a worker. */
  RECEIVED,
  /** Being read, validated and stored, chunk by chunk. */
  PROCESSING,
  /** Every record accounted for. */
  DONE,
  /** Stopped by an error that is not about one record (the file or the database); resumable. */
  FAILED,
  /** The same file (same SHA-256) was already loaded for this library: nothing new was stored. */
  DUPLICATE_FILE
}
