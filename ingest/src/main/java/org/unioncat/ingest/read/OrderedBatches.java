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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies an expensive step to a stream on a small pool while keeping the stream's order: items
 * are taken from the source on the caller's thread in batches, each batch is processed by one
 * worker, and batches are handed back strictly in the order they were taken — none lost, none
 * reordered. At most {@code threads * 3} batches are in flight, which bounds memory whatever the
 * stream's length. Decoding ISO 2709 and normalizing + validating records both run this way.
 *
 * <p>A failure in a worker is rethrown from {@link #next()}. Workers are daemon threads, stopped
 * by {@link #close()}. Not thread-safe: one consumer calls {@link #next()}.
 *
 * @param <I> what the source yields
 * @param <O> what the step makes of it
 */
public final class OrderedBatches<I, O> implements AutoCloseable {
  private static final int BATCH = 64;
  private static final AtomicInteger POOLS = new AtomicInteger();

  /** Where the items come from, in order; null at the end. */
  @FunctionalInterface
  public interface Source<I> {
    I next() throws IOException;
  }

  private final Source<I> source;
  private final Function<I, O> step;
  private final ExecutorService pool;
  private final int maxInFlight;
  private final ArrayDeque<Future<List<O>>> inFlight = new ArrayDeque<>();
  private List<O> current = List.of();
  private int index;
  private boolean sourceDone;

  /**
   * @param name names the worker threads ("marc-decode", "validate")
   * @param threads workers (at least 1)
   */
  public OrderedBatches(String name, int threads, Source<I> source, Function<I, O> step) {
    this.source = source;
    this.step = step;
    this.maxInFlight = threads * 3;
    int poolNo = POOLS.incrementAndGet();
    AtomicInteger threadNo = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, name + "-" + poolNo + "-" + threadNo.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** The next result in source order, or null when the source is exhausted. */
  public O next() throws IOException {
    while (index >= current.size()) {
      fill();
      Future<List<O>> head = inFlight.poll();
      if (head == null) {
        return null;
      }
      current = await(head);
      index = 0;
    }
    return current.get(index++);
  }

  /** Takes batches from the source until the pipeline is full or the source ends. */
  private void fill() throws IOException {
    while (!sourceDone && inFlight.size() < maxInFlight) {
      List<I> batch = new ArrayList<>(BATCH);
      I item;
      while (batch.size() < BATCH && (item = source.next()) != null) {
        batch.add(item);
      }
      if (batch.size() < BATCH) {
        sourceDone = true;
      }
      if (!batch.isEmpty()) {
        inFlight.add(pool.submit(() -> process(batch)));
      }
    }
  }

  private List<O> process(List<I> batch) {
    List<O> out = new ArrayList<>(batch.size());
    for (I item : batch) {
      out.add(step.apply(item));
    }
    return out;
  }

  private static <O> List<O> await(Future<List<O>> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException ie = new InterruptedIOException("interrupted while processing");
      ie.initCause(e);
      throw ie;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IOException("processing failed: " + cause, cause);
    }
  }

  /** Cancels what is in flight and stops the workers (the source is the caller's to close). */
  @Override
  public void close() {
    inFlight.forEach(f -> f.cancel(true));
    inFlight.clear();
    pool.shutdownNow();
  }
}
