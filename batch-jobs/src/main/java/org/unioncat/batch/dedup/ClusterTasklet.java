package org.unioncat.batch.dedup;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.compare.Comparison;
import org.unioncat.dedup.compare.PairComparator;
import org.unioncat.dedup.run.Blocking;
import org.unioncat.dedup.run.ClusterIdentities;
import org.unioncat.dedup.run.DedupResult;
import org.unioncat.dedup.run.Deduplicator;
import org.unioncat.dedup.store.CatalogDedupRecords;
import org.unioncat.dedup.store.DedupStore;

/**
 * Step 3: clusters from the scored pairs and the reviewers' decisions, with ids kept stable
 * against the previous run ({@link ClusterIdentities}), stored as a {@code dedup_run} of this
 * job instance.
 *
 * <p>Restart: a run this instance already stored DONE is kept (the step only completes); a run
 * left RUNNING by an interrupted attempt is marked FAILED (never read) and clustering is done
 * again from the stored scores, which gives the same clusters.
 */
final class ClusterTasklet implements Tasklet {
  private final CatalogDedupRecords records;
  private final Deduplicator deduplicator;
  private final DedupStore dedupStore;
  private final DedupJobStore store;
  private final JobRepository jobRepository;
  private final TransactionTemplate ownTransaction;
  private final JobFaults faults;
  private final JobProgress progress;

  ClusterTasklet(
      CatalogDedupRecords records, Deduplicator deduplicator, DedupStore dedupStore,
      DedupJobStore store, JobRepository jobRepository, PlatformTransactionManager tm,
      JobFaults faults, JobProgress progress) {
    this.records = records;
    this.deduplicator = deduplicator;
    this.dedupStore = dedupStore;
    this.store = store;
    this.jobRepository = jobRepository;
    this.ownTransaction = new TransactionTemplate(tm);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.faults = faults;
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    StepExecution step = chunkContext.getStepContext().getStepExecution();
    long instance = JobKeys.instanceId(step);
    long executionId = step.getJobExecutionId();
    var existing = store.runOf(instance);
    if (existing.isPresent() && "DONE".equals(existing.get().status())) {
      return RepeatStatus.FINISHED;
    }
    if (existing.isPresent() && "RUNNING".equals(existing.get().status())) {
      dedupStore.failRun(existing.get().runId(),
          "interrupted; the restarted job stored its result as a later run");
    }
    JobInstance jobInstance = step.getJobExecution().getJobInstance();
    ExecutionContext candidates =
        jobRepository.getLastStepExecution(jobInstance, JobKeys.STEP_CANDIDATES)
            .getExecutionContext();
    ExecutionContext changes =
        jobRepository.getLastStepExecution(jobInstance, JobKeys.STEP_CHANGES)
            .getExecutionContext();
    String mode = candidates.getString(JobKeys.MODE);
    Blocking blocking = CandidatesTasklet.JSON.readValue(
        candidates.getString(JobKeys.BLOCKING), Blocking.class);
    long scoredNow = candidates.getLong(JobKeys.PAIRS_TO_SCORE);
    long highWater = changes.getLong(JobKeys.HIGH_WATER);
    Instant changesAt = Instant.ofEpochMilli(changes.getLong(JobKeys.CHANGES_AT));

    long started = System.nanoTime();
    long runId = dedupStore.startRun();
    ownTransaction.executeWithoutResult(s -> store.markJobRun(runId, instance, mode, highWater, changesAt));
    ClusterIdentities.Result identities;
    DedupResult result;
    StepPhases phases = new StepPhases(JobKeys.STEP_CLUSTER);
    try {
      List<IdPair> scored = store.scoredPairs(instance);
      // Only the records the result depends on: those of the scored pairs and those without a
      // usable title (listed by the candidates step). Reading the whole catalog again cost as
      // much as the candidates step itself at a million records.
      Set<Long> neededIds = new TreeSet<>(store.noTitle(instance));
      for (IdPair p : scored) {
        neededIds.add(p.first());
        neededIds.add(p.second());
      }
      phases.done("scored pairs and no-title list read (" + scored.size() + " pairs)");
      List<DedupRecord> all = RecordsById.read(records, neededIds,
          done -> progress.report(executionId, JobKeys.STEP_CLUSTER, done, neededIds.size()));
      phases.done("records read (" + all.size() + ")");
      long recordCount = candidates.getLong(JobKeys.RECORDS);
      Map<Long, DedupRecord> byId = new HashMap<>(all.size() * 2);
      for (DedupRecord r : all) {
        byId.put(r.id(), r);
      }
      PairComparator comparator = deduplicator.comparator(store.unreliableIsbns(instance));
      // Only the pairs that matter were kept; comparing them again gives their evidence.
      List<Comparison> compared = scored.parallelStream()
          .map(p -> {
            DedupRecord a = byId.get(p.first());
            DedupRecord b = byId.get(p.second());
            return a == null || b == null ? null : comparator.compare(a, b);
          })
          .filter(Objects::nonNull)
          .toList();
      phases.done("pairs compared again");
      Set<IdPair> rejected = dedupStore.rejectedPairs();
      // Reviewers' decisions: "not duplicates" pairs never join; chosen records are kept.
      DedupResult raw = deduplicator.assemble(all, recordCount, comparator, compared, scoredNow, rejected,
          dedupStore.keepChoices(), blocking, started,
          (phase, done, n) -> progress.report(executionId, JobKeys.STEP_CLUSTER, done, n));
      Map<Long, Set<Long>> previous =
          store.latestDoneRun().map(store::clusterMembers).orElse(Map.of());
      phases.done("clustered");
      identities = ClusterIdentities.assign(raw.clusters(), previous);
      result = new DedupResult(identities.clusters(), raw.findings(), raw.reviewSuggestions(),
          raw.statistics());
      ownTransaction.executeWithoutResult(s -> store.recordClusterChanges(
          runId, identities.created(), identities.changed(), identities.closed()));
      // What each library's report is built from, so the report step can tell which reports
      // stay as they were (written before the run is DONE: a DONE run always has them).
      Map<String, String> digests = LibraryDigests.of(result, byId::get);
      ownTransaction.executeWithoutResult(s -> store.saveLibraryDigests(runId, digests));
      phases.done("ids kept stable, digests stored");
      faults.check(JobKeys.STEP_CLUSTER, 0);
      dedupStore.finishRun(runId, result);
      phases.done("run stored");
    } catch (RuntimeException e) {
      try {
        dedupStore.failRun(runId, String.valueOf(e.getMessage()));
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    faults.check(JobKeys.STEP_CLUSTER, 1);
    ownTransaction.executeWithoutResult(s -> store.cleanUpAfter(instance));
    step.setReadCount(result.statistics().records());
    contribution.incrementWriteCount(result.clusters().size());
    return RepeatStatus.FINISHED;
  }
}
