package org.unioncat.batch.dedup;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test hook: makes a step fail at a chosen point, as a crash would, to prove the job resumes
 * from its last checkpoint. Off unless armed ({@code unioncat.jobs.test.fail-at=STEP:N}, or
 * {@link #failAt} from a test): the named step fails once N of its items are done (for
 * {@code cluster}: N = 1 fails after the run's clusters are stored but before the step completes,
 * N = 0 before storing; for {@code reports}: after N libraries' reports). It fires once, then
 * disarms itself. {@code STEP:N:halt} kills the whole process there instead
 * ({@link Runtime#halt}: no shutdown hooks, no rollback, nothing recorded as failed), the same as
 * {@code kill -9} or a power cut, for tests that restart a really dead run.
 */
public final class JobFaults {
  /** The exit status of a halted process (as a shell reports one killed by SIGKILL). */
  public static final int HALT_STATUS = 137;

  private volatile String step;
  private volatile long after;
  private volatile boolean halt;
  private final AtomicLong done = new AtomicLong();

  public JobFaults(String spec) {
    if (spec != null && !spec.isBlank()) {
      String[] parts = spec.split(":");
      failAt(parts[0], parts.length > 1 ? Long.parseLong(parts[1]) : 0);
      halt = parts.length > 2 && parts[2].equals("halt");
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
      if (halt) {
        Runtime.getRuntime().halt(HALT_STATUS);
      }
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
