package org.unioncat.ingest.validate;

import java.io.IOException;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.OrderedBatches;
import org.unioncat.ingest.read.ReadRecord;

/**
 * Reads, normalizes and validates a whole input, handing back {@link ValidatedRecord}s in file
 * order. Normalization and validation cost as much as decoding, so with {@code threads > 1} they
 * run on a small pool while the reader keeps decoding (in bounded memory, see
 * {@link OrderedBatches}); with one thread everything runs on the caller's thread.
 *
 * <p>{@link #close()} also closes the underlying reader. Not thread-safe: one consumer.
 */
public final class ValidatingReader implements AutoCloseable {
  private final MarcReader reader;
  private final RecordValidator validator;
  private final OrderedBatches<ReadRecord, ValidatedRecord> batches;

  public ValidatingReader(MarcReader reader, RecordValidator validator, int threads) {
    this.reader = reader;
    this.validator = validator;
    this.batches = threads > 1
        ? new OrderedBatches<>("validate", threads, reader::next, validator::validate)
        : null;
  }

  /** The next validated record in file order, or null at the end of the input. */
  public ValidatedRecord next() throws IOException {
    if (batches != null) {
      return batches.next();
    }
    ReadRecord read = reader.next();
    return read == null ? null : validator.validate(read);
  }

  /** Bytes consumed so far from the input, for progress bars. */
  public long bytesRead() {
    return reader.bytesRead();
  }

  @Override
  public void close() throws IOException {
    if (batches != null) {
      batches.close();
    }
    reader.close();
  }
}
