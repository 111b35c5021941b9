package org.unioncat.ingest.validate;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.ReadRecord;

/**
 * Reads, normalizes and validates a whole input, handing back {@link ValidatedRecord}s in file
 * order. Normalization and validation cost as much as decoding, so with {@code threads > 1} they
 * run on a small pool in batches while the reader keeps decoding: at most {@code threads * 3}
 * batches are in flight, which bounds memory whatever the input size. With one thread everything
 * runs on the caller's thread.
 *
 * <p>A failure in a worker is rethrown from {@link #next()}; workers are daemon threads stopped by
 * {@link #close()}, which also closes the underlying reader. Not thread-safe: one consumer.
 */
public final class ValidatingReader implements AutoCloseable {
  private static final int BATCH = 64;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final MarcReader reader;
  private final RecordValidator validator;
  private final ExecutorService pool;
  private final int maxInFlight;
  private final ArrayDeque<Future<List<ValidatedRecord>>> inFlight = new ArrayDeque<>();
  private List<ValidatedRecord> current = List.of();
  private int index;
  private boolean readingDone;

  public ValidatingReader(MarcReader reader, RecordValidator validator, int threads) {
    this.reader = reader;
    this.validator = validator;
    this.maxInFlight = threads * 3;
    if (threads > 1) {
      int poolNo = POOLS.incrementAndGet();
      AtomicInteger threadNo = new AtomicInteger();
      this.pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "validate-" + poolNo + "-" + threadNo.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
    } else {
      this.pool = null;
    }
  }

  /** The next validated record in file order, or null at the end of the input. */
  public ValidatedRecord next() throws IOException {
    if (pool == null) {
      ReadRecord read = reader.next();
      return read == null ? null : validator.validate(read);
    }
    while (index >= current.size()) {
      fill();
      Future<List<ValidatedRecord>> head = inFlight.poll();
      if (head == null) {
        return null;
      }
      current = await(head);
      index = 0;
    }
    return current.get(index++);
  }

  /** Bytes consumed so far from the input, for progress bars. */
  public long bytesRead() {
    return reader.bytesRead();
  }

  private void fill() throws IOException {
    while (!readingDone && inFlight.size() < maxInFlight) {
      List<ReadRecord> batch = new ArrayList<>(BATCH);
      ReadRecord read;
      while (batch.size() < BATCH && (read = reader.next()) != null) {
        batch.add(read);
      }
      if (batch.size() < BATCH) {
        readingDone = true;
      }
      if (!batch.isEmpty()) {
        inFlight.add(pool.submit(() -> validateBatch(batch)));
      }
    }
  }

  private List<ValidatedRecord> validateBatch(List<ReadRecord> batch) {
    List<ValidatedRecord> out = new ArrayList<>(batch.size());
    for (ReadRecord read : batch) {
      out.add(validator.validate(read));
    }
    return out;
  }

  private static List<ValidatedRecord> await(Future<List<ValidatedRecord>> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException ie = new InterruptedIOException("interrupted while validating");
      ie.initCause(e);
      throw ie;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IOException("validation failed: " + cause, cause);
    }
  }

  @Override
  public void close() throws IOException {
    if (pool != null) {
      inFlight.forEach(f -> f.cancel(true));
      inFlight.clear();
      pool.shutdownNow();
    }
    reader.close();
  }
}
