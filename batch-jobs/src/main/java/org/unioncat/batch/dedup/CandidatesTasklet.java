package org.unioncat.batch.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.candidate.Candidates;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.run.Blocking;
import org.unioncat.dedup.run.Deduplicator;
import org.unioncat.dedup.store.CatalogDedupRecords;
import tools.jackson.databind.json.JsonMapper;

/**
 * Step 2a: blocking keys over the whole catalog, candidate pairs, and the pairs this run must
 * score, written to {@code dedup_job_pair} in {@code partitions} slices for the scoring step.
 *
 * <p>Full mode: every candidate pair. Incremental mode: the pairs touching a record of the
 * changed set; the previous run's scores of the other pairs are copied (both records unchanged
 * and still ACTIVE). If the set of unreliable ISBNs differs from the previous run's, the
 * comparator itself changed for some pairs, so the run falls back to full.
 *
 * <p>Restart: the step starts over (it first removes what an interrupted attempt wrote); its
 * writes are committed in slices so a large catalog never needs one huge transaction.
 */
final class CandidatesTasklet implements Tasklet {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int WRITE_BATCH = 10_000;
  private final CatalogDedupRecords records;
  private final Deduplicator deduplicator;
  private final DedupJobStore store;
  private final JobRepository jobRepository;
  private final TransactionTemplate ownTransaction;
  private final int partitions;
  private final JobProgress progress;

  CandidatesTasklet(
      CatalogDedupRecords records, Deduplicator deduplicator, DedupJobStore store,
      JobRepository jobRepository, PlatformTransactionManager tm, int partitions,
      JobProgress progress) {
    this.records = records;
    this.deduplicator = deduplicator;
    this.store = store;
    this.jobRepository = jobRepository;
    this.ownTransaction = new TransactionTemplate(tm);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.partitions = partitions;
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    StepExecution step = chunkContext.getStepContext().getStepExecution();
    long instance = JobKeys.instanceId(step);
    long executionId = step.getJobExecutionId();
    JobInstance jobInstance = step.getJobExecution().getJobInstance();
    StepExecution changes = jobRepository.getLastStepExecution(jobInstance, JobKeys.STEP_CHANGES);
    String mode = changes.getExecutionContext().getString(JobKeys.MODE);

    ownTransaction.executeWithoutResult(s -> store.clearCandidates(instance));
    long total = records.countActive();
    List<DedupRecord> all = records.active(
        done -> progress.report(executionId, JobKeys.STEP_CANDIDATES, done, total));
    Deduplicator.Prepared prepared = deduplicator.prepare(all);
    long recordCount = all.size();
    List<Long> noTitle = all.stream()
        .filter(r -> !r.normalized().title().usable())
        .map(DedupRecord::id)
        .toList();
    for (int from = 0; from < noTitle.size(); from += WRITE_BATCH) {
      List<Long> rows = noTitle.subList(from, Math.min(noTitle.size(), from + WRITE_BATCH));
      ownTransaction.executeWithoutResult(s -> store.saveNoTitle(instance, rows));
    }
    all = null; // the records are not needed past this point: let the collector have them
    Candidates candidates = prepared.candidates();
    Set<String> unreliable = prepared.unreliableIsbns();
    ownTransaction.executeWithoutResult(s -> store.saveUnreliableIsbns(instance, unreliable));

    var previous = store.previousRun(instance);
    if ("incremental".equals(mode)
        && (previous.isEmpty()
            || !store.unreliableIsbns(previous.get().jobInstanceId()).equals(unreliable))) {
      mode = "full";
    }
    Set<Long> changed = "incremental".equals(mode) ? store.changed(instance) : Set.of();
    long reused = 0;
    if ("incremental".equals(mode)) {
      long prevInstance = previous.get().jobInstanceId();
      reused = ownTransaction.execute(s -> store.reuseScores(instance, prevInstance));
    }

    List<long[]> batch = new ArrayList<>(WRITE_BATCH);
    long toScore = 0;
    for (int i = 0; i < candidates.size(); i++) {
      IdPair p = candidates.pair(i);
      if (!changed.isEmpty() || "full".equals(mode)) {
        if ("full".equals(mode) || changed.contains(p.first()) || changed.contains(p.second())) {
          batch.add(new long[] {p.first(), p.second(), toScore % partitions});
          toScore++;
        }
      }
      if (batch.size() == WRITE_BATCH) {
        List<long[]> rows = batch;
        ownTransaction.executeWithoutResult(s -> store.savePairs(instance, rows));
        batch = new ArrayList<>(WRITE_BATCH);
      }
    }
    if (!batch.isEmpty()) {
      List<long[]> rows = batch;
      ownTransaction.executeWithoutResult(s -> store.savePairs(instance, rows));
    }
    step.setReadCount(candidates.size());
    contribution.incrementWriteCount(toScore);
    var ctx = step.getExecutionContext();
    ctx.putString(JobKeys.MODE, mode);
    ctx.putLong(JobKeys.RECORDS, recordCount);
    ctx.putString(JobKeys.BLOCKING, JSON.writeValueAsString(Blocking.of(candidates)));
    ctx.putLong(JobKeys.PAIRS_TO_SCORE, toScore);
    ctx.putLong(JobKeys.PAIRS_REUSED, reused);
    return RepeatStatus.FINISHED;
  }
}
