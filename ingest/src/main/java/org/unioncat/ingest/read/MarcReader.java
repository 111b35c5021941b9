package org.unioncat.ingest.read;

import java.io.IOException;

/**
 * A stream of records read from one input, in file order. Memory stays bounded whatever the
 * input size. Damaged records do not stop the stream: each comes back as a {@link ReadRecord}
 * with findings, and reading resumes at the next record.
 *
 * <p>Not thread-safe: one consumer calls {@link #next()}. Implementations may decode on several
 * threads internally but always return records in file order.
 */
public interface MarcReader extends AutoCloseable {

  /** The next record, or null at the end of the input. */
  ReadRecord next() throws IOException;

  /** The container being read (detected or forced). */
  ContainerFormat format();

  /** Bytes consumed so far from the (decompressed) input, for progress bars. */
  long bytesRead();

  @Override
  void close() throws IOException;
}
