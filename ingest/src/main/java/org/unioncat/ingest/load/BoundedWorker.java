package org.unioncat.ingest.load;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread working through a bounded queue in order; a caller that finds the queue full
 * waits for room (back-pressure) instead of piling work up or having it refused. The loader's
 * chunk writer and the asynchronous indexer both work this way.
 */
final class BoundedWorker {
  private BoundedWorker() {}

  /**
   * @param name the thread's name (shows in thread dumps and profiles)
   * @param capacity tasks that may wait
   * @param waitingFor what a caller waits for, for the message when it is interrupted
   */
  static ExecutorService start(String name, int capacity, String waitingFor) {
    return new ThreadPoolExecutor(
        1,
        1,
        0,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(capacity),
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        },
        (task, executor) -> {
          try {
            executor.getQueue().put(task);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting " + waitingFor, e);
          }
        });
  }
}
