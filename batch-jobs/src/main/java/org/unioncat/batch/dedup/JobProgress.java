package org.unioncat.batch.dedup;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Progress inside a step that has no chunks to count (reading the catalog, clustering), kept in
 * memory for the process running the job: the API and the CLI show it beside the step counts
 * that Spring Batch stores.
 */
public final class JobProgress {
  /** Where a running step is: units done of total. */
  public record Phase(String step, long done, long total) {}

  private final Map<Long, Phase> byExecution = new ConcurrentHashMap<>();

  public void report(long jobExecutionId, String step, long done, long total) {
    byExecution.put(jobExecutionId, new Phase(step, done, total));
  }

  public Optional<Phase> of(long jobExecutionId) {
    return Optional.ofNullable(byExecution.get(jobExecutionId));
  }

  public void forget(long jobExecutionId) {
    byExecution.remove(jobExecutionId);
  }
}
