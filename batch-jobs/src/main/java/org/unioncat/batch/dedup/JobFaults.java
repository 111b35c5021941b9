package org.unioncat.batch.dedup;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test hook: makes a step fail at a chosen point, as a crash would, to prove the job resumes
 * from its last checkpoint. Off unless armed ({@code unioncat.jobs.test.fail-at=STEP:N}, or
 * {@link #failAt} from a test): the named step fails once N of its items are done (for
 * {@code cluster} and {@code reports}: N = 1 fails after the run's clusters are stored but before
 * the step completes, N = 0 before storing). It fires once, then disarms itself.
 */
public final class JobFaults {
  private volatile String step;
  private volatile long after;
  private final AtomicLong done = new AtomicLong();

  public JobFaults(String spec) {
    if (spec != null && !spec.isBlank()) {
      String[] parts = spec.split(":");
      failAt(parts[0], parts.length > 1 ? Long.parseLong(parts[1]) : 0);
    }
  }

  /** Arms the hook: {@code stepName} fails once {@code items} of its items are done. */
  public void failAt(String stepName, long items) {
    done.set(0);
    after = items;
    step = stepName;
  }

  public void disarm() {
    step = null;
  }

  private volatile CountDownLatch hold;

  /** Makes the next run wait at its first step until {@link #release} (tests of one-at-a-time). */
  public void holdNextRun() {
    hold = new CountDownLatch(1);
  }

  public void release() {
    CountDownLatch h = hold;
    hold = null;
    if (h != null) {
      h.countDown();
    }
  }

  /** Called at the start of a run: waits while a test holds runs (at most a minute). */
  void waitIfHeld() {
    CountDownLatch h = hold;
    if (h != null) {
      try {
        h.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Called by a step after {@code items} more items; throws when the armed point is reached. */
  public void check(String stepName, long items) {
    if (stepName.equals(step) && done.addAndGet(items) >= after) {
      step = null;
      throw new InjectedFailure(stepName, after);
    }
  }

  /** The failure the hook throws. */
  public static final class InjectedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFailure(String step, long after) {
      super("injected failure in step " + step + " after " + after + " items (test hook)");
    }
  }
}
