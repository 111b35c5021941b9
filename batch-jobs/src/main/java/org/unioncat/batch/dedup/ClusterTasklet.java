package org.unioncat.batch.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
import org.unioncat.dedup.run.AffectedRecords;
import org.unioncat.dedup.run.Blocking;
import org.unioncat.dedup.run.ClusterIdentities;
import org.unioncat.dedup.run.DedupResult;
import org.unioncat.dedup.run.Deduplicator;
import org.unioncat.dedup.run.PairDifference;
import org.unioncat.dedup.run.RunStatistics;
import org.unioncat.dedup.store.CatalogDedupRecords;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.dedup.store.RunCarryOver;

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
  private final RunCarryOver carryOver;
  private final DedupJobStore store;
  private final JobRepository jobRepository;
  private final TransactionTemplate ownTransaction;
  private final JobFaults faults;
  private final JobProgress progress;

  ClusterTasklet(
      CatalogDedupRecords records, Deduplicator deduplicator, DedupStore dedupStore,
      RunCarryOver carryOver, DedupJobStore store, JobRepository jobRepository,
      PlatformTransactionManager tm, JobFaults faults, JobProgress progress) {
    this.records = records;
    this.deduplicator = deduplicator;
    this.dedupStore = dedupStore;
    this.carryOver = carryOver;
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
    Run run = new Run(instance, executionId, runId, mode, blocking, scoredNow,
        candidates.getLong(JobKeys.RECORDS), started);
    RunStatistics stored;
    try {
      Optional<DedupJobStore.PreviousRun> base = carryBase(run);
      stored = base.isPresent() ? clusterAffected(run, base.get(), step) : clusterAll(run);
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
    step.setReadCount(stored.records());
    contribution.incrementWriteCount(stored.clusters());
    return RepeatStatus.FINISHED;
  }

  /** What every way of clustering a run needs from the earlier steps. */
  private record Run(long instance, long executionId, long runId, String mode, Blocking blocking,
      long scoredNow, long recordCount, long started) {}

  /**
   * The run whose result this one can carry over: the previous successful job run, if this run
   * is incremental (the candidates step copied that run's scores), that run is also the latest
   * DONE run (the one cluster ids stay stable against) and its suggestions are stored.
   */
  private Optional<DedupJobStore.PreviousRun> carryBase(Run run) {
    if (!"incremental".equals(run.mode())) {
      return Optional.empty();
    }
    return store.previousRun(run.instance())
        .filter(p -> store.latestDoneRun().equals(Optional.of(p.runId())))
        .filter(p -> carryOver.canCarryFrom(p.runId()));
  }

  /** Clusters the whole result from every stored scored pair (full runs, first runs). */
  private RunStatistics clusterAll(Run run) {
    StepPhases phases = new StepPhases(JobKeys.STEP_CLUSTER);
    List<IdPair> scored = store.scoredPairs(run.instance());
    // Only the records the result depends on: those of the scored pairs and those without a
    // usable title (listed by the candidates step). Reading the whole catalog again cost as
    // much as the candidates step itself at a million records.
    Set<Long> neededIds = new TreeSet<>(store.noTitle(run.instance()));
    for (IdPair p : scored) {
      neededIds.add(p.first());
      neededIds.add(p.second());
    }
    phases.done("scored pairs and no-title list read (" + scored.size() + " pairs)");
    Assembled a = assemble(run, neededIds, scored, phases);
    Map<Long, Set<Long>> previous =
        store.latestDoneRun().map(store::clusterMembers).orElse(Map.of());
    ClusterIdentities.Result identities = ClusterIdentities.assign(a.raw().clusters(), previous);
    DedupResult result = new DedupResult(identities.clusters(), a.raw().findings(),
        a.raw().reviewSuggestions(), a.raw().statistics());
    ownTransaction.executeWithoutResult(s -> store.recordClusterChanges(
        run.runId(), identities.created(), identities.changed(), identities.closed()));
    // What each library's report is built from, so the report step can tell which reports
    // stay as they were (written before the run is DONE: a DONE run always has them).
    Map<String, String> digests = LibraryDigests.of(result, a.byId()::get);
    ownTransaction.executeWithoutResult(s -> store.saveLibraryDigests(run.runId(), digests));
    phases.done("ids kept stable, digests stored");
    faults.check(JobKeys.STEP_CLUSTER, 0);
    dedupStore.finishRun(run.runId(), result);
    phases.done("run stored");
    return result.statistics();
  }

  /**
   * Computes again only the part of the result this run's changes touch and carries the base
   * run's other clusters, findings and suggestions over ({@link AffectedRecords},
   * {@link RunCarryOver}). The part touched: every record connected through this run's scored
   * pairs to a seed — a changed record, a record that gained or lost a scored pair, a record
   * whose title became usable or unusable, a record named in a reviewer's decision since the
   * base run. The result equals clustering everything (the contract test compares the two).
   */
  private RunStatistics clusterAffected(
      Run run, DedupJobStore.PreviousRun base, StepExecution step) {
    StepPhases phases = new StepPhases(JobKeys.STEP_CLUSTER);
    List<IdPair> scored = store.scoredPairs(run.instance());
    Set<Long> seeds = new HashSet<>(store.changed(run.instance()));
    long differing = PairDifference.between(scored,
        each -> store.forEachScoredPair(base.jobInstanceId(), each),
        p -> {
          seeds.add(p.first());
          seeds.add(p.second());
        });
    Set<Long> noTitle = new HashSet<>(store.noTitle(run.instance()));
    Set<Long> noTitleBefore = new HashSet<>(store.noTitle(base.jobInstanceId()));
    noTitle.stream().filter(id -> !noTitleBefore.contains(id)).forEach(seeds::add);
    noTitleBefore.stream().filter(id -> !noTitle.contains(id)).forEach(seeds::add);
    // a minute's margin: a decision stamped just before the base run looked may have committed
    // after its cluster step read the decisions
    seeds.addAll(dedupStore.recordsDecidedSince(base.startedAt().minusSeconds(60)));
    long[] affected = AffectedRecords.of(scored,
        seeds.stream().mapToLong(Long::longValue).toArray());
    phases.done("affected part found (" + scored.size() + " pairs, " + differing
        + " differing from the previous run's, " + seeds.size() + " seeds, " + affected.length
        + " records affected)");
    step.getExecutionContext().putLong(JobKeys.AFFECTED, affected.length);
    RunCarryOver.Replaced replaced = carryOver.markAffected(run.runId(), base.runId(), affected);
    phases.done("replaced clusters read (" + replaced.replaced().size() + " replaced, "
        + replaced.carried().size() + " carried over)");

    Set<Long> needed = new TreeSet<>();
    List<IdPair> pairs = new ArrayList<>();
    for (IdPair p : scored) {
      if (Arrays.binarySearch(affected, p.first()) >= 0) {
        pairs.add(p);
        needed.add(p.first());
        needed.add(p.second());
      }
    }
    for (long id : noTitle) {
      if (Arrays.binarySearch(affected, id) >= 0) {
        needed.add(id);
      }
    }
    Assembled a = assemble(run, needed, pairs, phases);
    ClusterIdentities.Result identities =
        ClusterIdentities.assign(a.raw().clusters(), replaced.replaced(), replaced.carried());
    // duplicate pairs count over the whole run, not just the part
    RunStatistics counted =
        a.raw().statistics().withDuplicatePairs(store.countDuplicatePairs(run.instance()));
    DedupResult recomputed = new DedupResult(identities.clusters(), a.raw().findings(),
        a.raw().reviewSuggestions(), counted);
    ownTransaction.executeWithoutResult(s -> store.recordClusterChanges(
        run.runId(), identities.created(), identities.changed(), identities.closed()));
    // Libraries the part touches get a digest that matches nothing (their report is built);
    // the others' rows are the base run's, and so is their digest.
    Set<String> touched = RunCarryOver.librariesTouched(replaced, recomputed);
    Map<String, String> digests = new TreeMap<>(store.libraryDigests(base.runId()));
    digests.keySet().removeAll(touched);
    touched.forEach(library -> digests.put(library, LibraryDigests.unmatched()));
    ownTransaction.executeWithoutResult(s -> store.saveLibraryDigests(run.runId(), digests));
    phases.done("ids kept stable, digests stored (" + touched.size() + " libraries touched)");
    faults.check(JobKeys.STEP_CLUSTER, 0);
    RunStatistics whole = carryOver.finish(run.runId(), base.runId(), affected, recomputed);
    phases.done("run stored (" + whole.clusters() + " clusters, " + recomputed.clusters().size()
        + " of them computed again)");
    return whole;
  }

  private record Assembled(DedupResult raw, Map<Long, DedupRecord> byId) {}

  /** Reads the records, compares the pairs again for their evidence, and clusters them. */
  private Assembled assemble(Run run, Set<Long> neededIds, List<IdPair> scored, StepPhases phases) {
    List<DedupRecord> all = RecordsById.read(records, neededIds,
        done -> progress.report(run.executionId(), JobKeys.STEP_CLUSTER, done, neededIds.size()));
    phases.done("records read (" + all.size() + ")");
    Map<Long, DedupRecord> byId = new HashMap<>(all.size() * 2);
    for (DedupRecord r : all) {
      byId.put(r.id(), r);
    }
    PairComparator comparator = deduplicator.comparator(store.unreliableIsbns(run.instance()));
    // Only the pairs that matter were kept; comparing them again gives their evidence.
    List<Comparison> compared = scored.parallelStream()
        .map(p -> {
          DedupRecord a = byId.get(p.first());
          DedupRecord b = byId.get(p.second());
          return a == null || b == null ? null : comparator.compare(a, b);
        })
        .filter(Objects::nonNull)
        .toList();
    phases.done("pairs compared again (" + compared.size() + ")");
    Set<IdPair> rejected = dedupStore.rejectedPairs();
    // Reviewers' decisions: "not duplicates" pairs never join; chosen records are kept.
    DedupResult raw = deduplicator.assemble(all, run.recordCount(), comparator, compared,
        run.scoredNow(), rejected, dedupStore.keepChoices(), run.blocking(), run.started(),
        (phase, done, n) -> progress.report(run.executionId(), JobKeys.STEP_CLUSTER, done, n));
    phases.done("clustered");
    return new Assembled(raw, byId);
  }
}
