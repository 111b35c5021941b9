package org.unioncat.ingest.read;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads ISO 2709 with decoding (directory, character sets, normalization: the expensive part) on
 * a small pool, while framing stays on the caller's thread. Records are framed in batches; each
 * batch is decoded by one worker, and batches are handed back strictly in the order they were
 * framed, so records come out in file order, none lost, none reordered. At most {@code threads *
 * 3} batches are in flight, which bounds memory whatever the file size.
 *
 * <p>A failure in a worker is rethrown from {@link #next()}. Workers are daemon threads and are
 * stopped by {@link #close()}.
 *
 * <p>Not thread-safe: one consumer calls {@link #next()}.
 */
final class ParallelDecodingReader implements MarcReader {
  private static final int BATCH = 64;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Iso2709Framer framer;
  private final ExecutorService pool;
  private final ThreadLocal<Iso2709Decoder> decoders;
  private final ArrayDeque<Future<List<ReadRecord>>> inFlight = new ArrayDeque<>();
  private final int maxInFlight;
  private List<ReadRecord> current = List.of();
  private int index;
  private boolean framingDone;
  private boolean closed;

  ParallelDecodingReader(Iso2709Framer framer, ReadOptions options) {
    this.framer = framer;
    int threads = options.threads();
    this.maxInFlight = threads * 3;
    this.decoders = ThreadLocal.withInitial(() -> new Iso2709Decoder(options));
    int poolNo = POOLS.incrementAndGet();
    AtomicInteger threadNo = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "marc-decode-" + poolNo + "-" + threadNo.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.pool = Executors.newFixedThreadPool(threads, factory);
  }

  @Override
  public ReadRecord next() throws IOException {
    if (closed) {
      throw new IOException("the reader is closed");
    }
    while (index >= current.size()) {
      fill();
      Future<List<ReadRecord>> head = inFlight.poll();
      if (head == null) {
        return null;
      }
      current = await(head);
      index = 0;
    }
    return current.get(index++);
  }

  /** Frames batches until the pipeline is full or the input ends. */
  private void fill() throws IOException {
    while (!framingDone && inFlight.size() < maxInFlight) {
      List<RawRecord> batch = new ArrayList<>(BATCH);
      RawRecord raw;
      while (batch.size() < BATCH && (raw = framer.next()) != null) {
        batch.add(raw);
      }
      if (batch.size() < BATCH) {
        framingDone = true;
      }
      if (!batch.isEmpty()) {
        inFlight.add(pool.submit(() -> decodeBatch(batch)));
      }
    }
  }

  private List<ReadRecord> decodeBatch(List<RawRecord> batch) {
    Iso2709Decoder decoder = decoders.get();
    List<ReadRecord> out = new ArrayList<>(batch.size());
    for (RawRecord raw : batch) {
      out.add(decoder.decode(raw));
    }
    return out;
  }

  private static List<ReadRecord> await(Future<List<ReadRecord>> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException ie = new InterruptedIOException("interrupted while decoding");
      ie.initCause(e);
      throw ie;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IOException("decoding failed: " + cause, cause);
    }
  }

  @Override
  public ContainerFormat format() {
    return ContainerFormat.ISO2709;
  }

  @Override
  public long bytesRead() {
    return framer.offset();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    for (Future<List<ReadRecord>> f : inFlight) {
      f.cancel(true);
    }
    inFlight.clear();
    pool.shutdownNow();
    framer.close();
  }
}
