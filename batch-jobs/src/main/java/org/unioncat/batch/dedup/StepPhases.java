package org.unioncat.batch.dedup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs (at INFO, logger {@code org.unioncat.batch.dedup.StepPhases}) how long each phase of a
 * step took, so a slow step can be taken apart without a profiler: most of the job's time is
 * spent waiting for the database, which a sampling profiler does not show.
 */
final class StepPhases {
  private static final Logger log = LoggerFactory.getLogger(StepPhases.class);
  private final String step;
  private long last = System.nanoTime();

  StepPhases(String step) {
    this.step = step;
  }

  /** The phase that just ended. */
  void done(String phase) {
    long now = System.nanoTime();
    if (log.isInfoEnabled()) {
      log.info("{} {}: {} ms", step, phase, (now - last) / 1_000_000);
    }
    last = now;
  }
}
