package org.unioncat.batch.dedup;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.load.IndexRebuild;
import org.unioncat.ingest.store.CatalogQueries;

/**
 * Step 1: what changed since the last successful run, and is the search index whole.
 *
 * <p>"Changed" is decided here, once per run, and kept in {@code dedup_job_changed}: ACTIVE
 * records above the previous run's high-water mark (the highest record id when it started) or
 * updated since it started. Records are normalized when they are stored (upload, replace), so
 * their normalized view is current by construction; there is no normalizer version to compare
 * yet (docs/dedup-job.md). The index is checked by count: if it holds a different number of
 * documents than there are ACTIVE records (documents lost, an index restored from an old copy),
 * it is rebuilt from the database.
 */
final class ChangesTasklet implements Tasklet {
  private static final Logger log = LoggerFactory.getLogger(ChangesTasklet.class);
  private static final int INDEX_GRACE_SECONDS = 30;
  private final DedupJobStore store;
  private final CatalogQueries queries;
  private final Optional<CatalogIndex> index;
  private final JobFaults faults;

  ChangesTasklet(
      DedupJobStore store, CatalogQueries queries, Optional<CatalogIndex> index,
      JobFaults faults) {
    this.store = store;
    this.queries = queries;
    this.index = index;
    this.faults = faults;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    faults.waitIfHeld();
    StepExecution step = chunkContext.getStepContext().getStepExecution();
    long instance = JobKeys.instanceId(step);
    // Taken before looking: a record changed while this run looks is looked at again next time.
    long changesAt = System.currentTimeMillis();
    long highWater = store.highestRecordId();
    var previous = store.previousRun(instance);
    String mode = step.getJobParameters().getString(JobKeys.PARAM_MODE, "incremental");
    long changed;
    if (previous.isEmpty() || !"incremental".equals(mode)) {
      // A full run scores everything: every ACTIVE record counts as changed.
      changed = queries.countActive();
      mode = "full";
    } else {
      changed = store.recordChanged(instance, previous.get());
    }
    boolean rebuilt = false;
    if (index.isPresent()) {
      long active = queries.countActive();
      // Uploads index beside the database writes: give a recent upload's documents a moment to
      // arrive before calling the index incomplete.
      for (int i = 0; i < INDEX_GRACE_SECONDS && index.get().count() != active; i++) {
        sleepASecond();
        index.get().refresh();
        active = queries.countActive();
      }
      if (index.get().count() != active) {
        log.warn("Search index holds {} documents for {} active records: rebuilding it",
            index.get().count(), active);
        IndexRebuild.run(queries, index.get(), (records, bytes) -> {});
        rebuilt = true;
      } else if (index.get().hasOldLayout()) {
        log.warn("Search index was written with the copy field 'all' of earlier versions: rebuilding"
            + " it (free text searches the text fields together now)");
        IndexRebuild.run(queries, index.get(), (records, bytes) -> {});
        rebuilt = true;
      }
    }
    step.setReadCount(changed);
    step.getExecutionContext().putString(JobKeys.MODE, mode);
    step.getExecutionContext().putLong(JobKeys.CHANGED, changed);
    step.getExecutionContext().putLong(JobKeys.HIGH_WATER, highWater);
    step.getExecutionContext().putLong(JobKeys.CHANGES_AT, changesAt);
    step.getExecutionContext().putString(JobKeys.INDEX_REBUILT, Boolean.toString(rebuilt));
    return RepeatStatus.FINISHED;
  }

  private static void sleepASecond() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the index", e);
    }
  }
}
