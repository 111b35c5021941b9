package org.unioncat.batch.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import org.unioncat.dedup.candidate.BlockPairs;
import org.unioncat.dedup.candidate.BlockingKeys;
import org.unioncat.dedup.candidate.Candidates;
import org.unioncat.dedup.candidate.CappedBlock;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.candidate.KeyKind;
import org.unioncat.dedup.candidate.RecordBlockKeys;
import org.unioncat.dedup.run.Blocking;
import org.unioncat.dedup.run.Deduplicator;
import org.unioncat.dedup.store.CatalogDedupRecords;
import org.unioncat.ingest.normalize.isbn.Isbn;
import tools.jackson.databind.json.JsonMapper;

/**
 * Step 2a: candidate pairs, and the pairs this run must score, written to {@code dedup_job_pair}
 * in {@code partitions} slices for the scoring step.
 *
 * <p>Full mode: reads every record, builds the blocking keys and every candidate pair, stores the
 * keys ({@link BlockKeyStore}) and schedules every pair. Incremental mode, when the stored keys
 * are those of the previous successful run: reads only the changed records, replaces their keys
 * (and drops those of records no longer ACTIVE), reads back the blocks they fall in and pairs each
 * block as the in-memory generator would ({@link BlockPairs}); the pairs touching a changed record
 * are scored, the previous run's scores of the other pairs are copied. The unreliable ISBNs are
 * decided again for the ISBNs the changes touched; if the set differs from the previous run's,
 * the comparator itself changed for some pairs, so the run falls back to full. Without usable
 * stored keys (first run, a run interrupted while rewriting them) an incremental run reads every
 * record as a full one does, and still scores only the pairs touching changed records.
 *
 * <p>Restart: the step starts over (it first removes what an interrupted attempt wrote); its
 * writes are committed in slices so a large catalog never needs one huge transaction. The stored
 * keys are marked unusable while they are being changed, so an interrupted attempt is followed by
 * a complete rewrite.
 */
final class CandidatesTasklet implements Tasklet {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(CandidatesTasklet.class);
  private static final int WRITE_BATCH = 10_000;
  private final CatalogDedupRecords records;
  private final Deduplicator deduplicator;
  private final DedupJobStore store;
  private final BlockKeyStore keys;
  private final BlockingKeys blockingKeys = new BlockingKeys();
  private final JobRepository jobRepository;
  private final TransactionTemplate ownTransaction;
  private final int partitions;
  private final JobProgress progress;

  CandidatesTasklet(
      CatalogDedupRecords records, Deduplicator deduplicator, DedupJobStore store,
      BlockKeyStore keys, JobRepository jobRepository, PlatformTransactionManager tm,
      int partitions, JobProgress progress) {
    this.records = records;
    this.deduplicator = deduplicator;
    this.store = store;
    this.keys = keys;
    this.jobRepository = jobRepository;
    this.ownTransaction = new TransactionTemplate(tm);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.partitions = partitions;
    this.progress = progress;
  }

  /** What the step decided: the pairs to score and the numbers it reports. */
  private record Outcome(
      String mode, List<IdPair> toScore, Blocking blocking, long recordCount, long reused) {}

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    StepExecution step = chunkContext.getStepContext().getStepExecution();
    long instance = JobKeys.instanceId(step);
    long executionId = step.getJobExecutionId();
    JobInstance jobInstance = step.getJobExecution().getJobInstance();
    StepExecution changes = jobRepository.getLastStepExecution(jobInstance, JobKeys.STEP_CHANGES);
    String mode = changes.getExecutionContext().getString(JobKeys.MODE);

    ownTransaction.executeWithoutResult(s -> store.clearCandidates(instance));
    var previous = store.previousRun(instance);
    // Stored keys and scores made by another detector (an upgrade, a changed weight) are not
    // built on: the run is made full once (RulesCheck).
    String rules = deduplicator.fingerprint();
    String asked = mode;
    mode = RulesCheck.mode(mode, previous.map(this::rulesOf).orElse(null), rules);
    if (!mode.equals(asked)) {
      log.info("The duplicate detector changed since the previous run (rules {} → {}): this run is"
          + " a full one", previous.map(this::rulesOf).orElse("not recorded"), rules.substring(0, 12));
    }
    Outcome outcome = null;
    if ("incremental".equals(mode) && previous.isPresent()
        && keys.upToDateFor().equals(Optional.of(previous.get().jobInstanceId()))) {
      outcome = incremental(instance, previous.get(), executionId);
    }
    if (outcome == null) {
      outcome = readingEverything(instance, mode, previous, executionId);
    }

    long toScore = 0;
    List<long[]> batch = new ArrayList<>(WRITE_BATCH);
    for (IdPair p : outcome.toScore()) {
      batch.add(new long[] {p.first(), p.second(), toScore % partitions});
      toScore++;
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
    step.setReadCount(outcome.blocking().candidatePairs());
    contribution.incrementWriteCount(toScore);
    var ctx = step.getExecutionContext();
    ctx.putString(JobKeys.MODE, outcome.mode());
    ctx.putString(JobKeys.RULES, rules);
    ctx.putLong(JobKeys.RECORDS, outcome.recordCount());
    ctx.putString(JobKeys.BLOCKING, JSON.writeValueAsString(outcome.blocking()));
    ctx.putLong(JobKeys.PAIRS_TO_SCORE, toScore);
    ctx.putLong(JobKeys.PAIRS_REUSED, outcome.reused());
    return RepeatStatus.FINISHED;
  }

  /** The detector fingerprint the previous run's candidates step recorded, or null. */
  private String rulesOf(DedupJobStore.PreviousRun previous) {
    JobInstance before = jobRepository.getJobInstance(previous.jobInstanceId());
    StepExecution candidates =
        before == null ? null : jobRepository.getLastStepExecution(before, JobKeys.STEP_CANDIDATES);
    if (candidates == null || !candidates.getExecutionContext().containsKey(JobKeys.RULES)) {
      return null;
    }
    return candidates.getExecutionContext().getString(JobKeys.RULES);
  }

  /** Every record read: the detector's own phase 1, and every record's keys stored. */
  private Outcome readingEverything(
      long instance, String askedMode, Optional<DedupJobStore.PreviousRun> previous,
      long executionId) {
    String mode = askedMode;
    StepPhases phases = new StepPhases(JobKeys.STEP_CANDIDATES);
    long total = records.countActive();
    List<DedupRecord> all = records.active(
        done -> progress.report(executionId, JobKeys.STEP_CANDIDATES, done, total));
    phases.done("every record read (" + all.size() + ")");
    Deduplicator.Prepared prepared = deduplicator.prepare(all);
    phases.done("candidates made");
    Candidates candidates = prepared.candidates();
    Set<String> unreliable = prepared.unreliableIsbns();
    long recordCount = all.size();
    saveNoTitle(instance, all.stream()
        .filter(r -> !r.normalized().title().usable())
        .map(DedupRecord::id)
        .toList());
    ownTransaction.executeWithoutResult(s -> store.saveUnreliableIsbns(instance, unreliable));
    storeAllKeys(instance, all);
    phases.done("keys stored");
    all = null; // the records are not needed past this point: let the collector have them

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
    List<IdPair> toScore = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      IdPair p = candidates.pair(i);
      if ("full".equals(mode) || changed.contains(p.first()) || changed.contains(p.second())) {
        toScore.add(p);
      }
    }
    return new Outcome(mode, toScore, Blocking.of(candidates), recordCount, reused);
  }

  private void storeAllKeys(long instance, List<DedupRecord> all) {
    ownTransaction.executeWithoutResult(s -> keys.clearAll());
    List<RecordBlockKeys> recordKeys = all.parallelStream()
        .map(r -> RecordBlockKeys.of(blockingKeys, r))
        .toList();
    keys.rewriteAll(recordKeys, write -> ownTransaction.executeWithoutResult(s -> write.run()));
    ownTransaction.executeWithoutResult(s -> keys.markUpToDate(instance));
  }

  /**
   * Only the changed records read; null when the unreliable ISBNs changed (the caller then reads
   * everything and runs full).
   */
  private Outcome incremental(
      long instance, DedupJobStore.PreviousRun previous, long executionId) {
    StepPhases phases = new StepPhases(JobKeys.STEP_CANDIDATES);
    long prevInstance = previous.jobInstanceId();
    Set<Long> changed = store.changed(instance);
    Set<Long> touched = new HashSet<>(changed);
    touched.addAll(fresh(keys::gone));
    phases.done("changed and departed records listed");
    List<DedupRecord> changedRecords = RecordsById.read(records, changed,
        done -> progress.report(executionId, JobKeys.STEP_CANDIDATES, done, changed.size()));
    phases.done("changed records read (" + changedRecords.size() + ")");
    List<RecordBlockKeys> newKeys = changedRecords.parallelStream()
        .map(r -> RecordBlockKeys.of(blockingKeys, r))
        .toList();

    BlockKeyStore.Stored old = fresh(() -> keys.stored(touched));
    Set<Long> affected = new HashSet<>(old.hashes());
    Map<Long, String> values = new HashMap<>();
    for (RecordBlockKeys r : newKeys) {
      for (RecordBlockKeys.Key k : r.keys()) {
        affected.add(k.hash());
        values.putIfAbsent(k.hash(), k.value());
      }
    }
    Blocking before = JSON.readValue(previousBlocking(prevInstance), Blocking.class);
    Map<Long, CappedBlock> cappedBefore = new HashMap<>();
    for (CappedBlock c : before.cappedBlocks()) {
      long hash = RecordBlockKeys.blockHash(c.kind(), c.value());
      cappedBefore.put(hash, c);
      values.putIfAbsent(hash, c.value());
    }

    BlockPairs blockPairs = new BlockPairs(deduplicator.blockCap());
    Map<Long, BlockKeyStore.Block> blocksBefore = fresh(() -> keys.blocks(affected));
    Set<IdPair> pairsBefore = new HashSet<>();
    long sharedBefore = 0;
    for (BlockKeyStore.Block b : blocksBefore.values()) {
      BlockPairs.Outcome o = blockPairs.pairs(b.kind(), b.members(), (x, y) -> {
        if (touched.contains(x) || touched.contains(y)) {
          pairsBefore.add(new IdPair(x, y));
        }
      });
      sharedBefore += o.members() >= 2 ? 1 : 0;
    }

    phases.done("blocks before read (" + blocksBefore.size() + ")");
    // The keys change: unusable until they are all replaced (an interruption means a rewrite).
    ownTransaction.executeWithoutResult(s -> keys.clearState());
    List<Long> touchedList = new ArrayList<>(touched);
    for (int from = 0; from < touchedList.size(); from += WRITE_BATCH) {
      List<Long> ids = touchedList.subList(from, Math.min(touchedList.size(), from + WRITE_BATCH));
      ownTransaction.executeWithoutResult(s -> keys.delete(ids));
    }
    for (int from = 0; from < newKeys.size(); from += WRITE_BATCH) {
      List<RecordBlockKeys> slice = newKeys.subList(from, Math.min(newKeys.size(), from + WRITE_BATCH));
      ownTransaction.executeWithoutResult(s -> keys.insert(slice));
    }

    // The stored blocks now: the blocks before with the replaced keys, not read a second time.
    Map<Long, BlockKeyStore.Block> blocksAfter =
        BlockKeyStore.afterReplacing(blocksBefore, touched, newKeys);
    Set<IdPair> pairsAfter = new HashSet<>();
    long sharedAfter = 0;
    Map<Long, CappedBlock> capped = new HashMap<>(cappedBefore);
    capped.keySet().removeAll(affected);
    for (var e : blocksAfter.entrySet()) {
      BlockKeyStore.Block b = e.getValue();
      BlockPairs.Outcome o = blockPairs.pairs(b.kind(), b.members(), (x, y) -> {
        if (changed.contains(x) || changed.contains(y)) {
          pairsAfter.add(new IdPair(x, y));
        }
      });
      sharedAfter += o.members() >= 2 ? 1 : 0;
      if (o.capped()) {
        // A block over the cap now either holds a changed record (whose key gave its value) or
        // was over the cap before (and listed then).
        capped.put(e.getKey(), new CappedBlock(b.kind(), values.getOrDefault(e.getKey(), ""),
            o.members(), o.made(), o.possible() - o.made()));
      }
    }

    phases.done("keys replaced, blocks after read and paired");
    Set<String> unreliableBefore = store.unreliableIsbns(prevInstance);
    Set<String> unreliable =
        unreliableIsbns(unreliableBefore, blocksBefore, blocksAfter, values, changedRecords);
    if (!unreliable.equals(unreliableBefore)) {
      return null;
    }
    ownTransaction.executeWithoutResult(s -> store.saveUnreliableIsbns(instance, unreliable));
    Set<Long> noTitle = new TreeSet<>(store.noTitle(prevInstance));
    noTitle.removeAll(touched);
    for (DedupRecord r : changedRecords) {
      if (!r.normalized().title().usable()) {
        noTitle.add(r.id());
      }
    }
    phases.done("unreliable ISBNs decided");
    saveNoTitle(instance, new ArrayList<>(noTitle));
    ownTransaction.executeWithoutResult(s -> keys.markUpToDate(instance));
    phases.done("no-title list saved");

    long keyCount = before.keys() - old.keyCount()
        + newKeys.stream().mapToLong(RecordBlockKeys::keyCount).sum();
    List<CappedBlock> cappedList = new ArrayList<>(capped.values());
    cappedList.sort(Comparator.comparing(c -> c.kind().space() + "\u0001" + c.value()));
    Blocking blocking = new Blocking(keyCount, before.blocks() - sharedBefore + sharedAfter,
        cappedList, cappedList.stream().mapToLong(CappedBlock::pairsSkipped).sum(),
        before.candidatePairs() - pairsBefore.size() + pairsAfter.size());
    long reused = ownTransaction.execute(s -> store.reuseScores(instance, prevInstance));
    phases.done("previous scores copied (" + reused + ")");
    List<IdPair> toScore = new ArrayList<>(pairsAfter);
    toScore.sort(null);
    return new Outcome(
        "incremental", toScore, blocking, fresh(keys::countRecords), reused);
  }

  /**
   * The unreliable ISBNs after the change: decided again, from every record now carrying it, for
   * each ISBN a touched record carried or carries; the others keep the previous decision.
   */
  private Set<String> unreliableIsbns(
      Set<String> unreliableBefore, Map<Long, BlockKeyStore.Block> blocksBefore,
      Map<Long, BlockKeyStore.Block> blocksAfter, Map<Long, String> values,
      List<DedupRecord> changedRecords) {
    Map<Long, String> isbnOf = new HashMap<>();
    for (String isbn : unreliableBefore) {
      isbnOf.put(RecordBlockKeys.blockHash(KeyKind.ISBN, isbn), isbn);
    }
    Set<Long> affectedIsbns = new HashSet<>();
    for (var blocks : List.of(blocksBefore, blocksAfter)) {
      blocks.forEach((hash, b) -> {
        if (b.kind() == KeyKind.ISBN) {
          affectedIsbns.add(hash);
        }
      });
    }
    Set<Long> carrierIds = new HashSet<>();
    for (long hash : affectedIsbns) {
      BlockKeyStore.Block b = blocksAfter.get(hash);
      if (b != null) {
        b.members().forEach(m -> carrierIds.add(m.recordId()));
      }
    }
    Map<Long, DedupRecord> carriers = new HashMap<>();
    changedRecords.forEach(r -> carriers.put(r.id(), r));
    carrierIds.removeAll(carriers.keySet());
    RecordsById.read(records, carrierIds, done -> {}).forEach(r -> carriers.put(r.id(), r));

    Set<String> out = new TreeSet<>(unreliableBefore);
    out.addAll(deduplicator.knownBadIsbns());
    for (long hash : affectedIsbns) {
      BlockKeyStore.Block b = blocksAfter.get(hash);
      List<DedupRecord> members = new ArrayList<>();
      if (b != null) {
        b.members().forEach(m -> {
          DedupRecord r = carriers.get(m.recordId());
          if (r != null) {
            members.add(r);
          }
        });
      }
      String isbn = values.containsKey(hash) ? values.get(hash) : isbnOf.get(hash);
      if (isbn == null) {
        isbn = isbnIn(members, hash);
      }
      if (isbn == null) {
        continue; // carried by nobody now and not unreliable before: nothing to decide
      }
      if (deduplicator.unreliableIsbn(isbn, members)) {
        out.add(isbn);
      } else {
        out.remove(isbn);
      }
    }
    return out;
  }

  private static String isbnIn(List<DedupRecord> members, long hash) {
    for (DedupRecord r : members) {
      for (Isbn isbn : r.normalized().isbns().valid()) {
        if (RecordBlockKeys.blockHash(KeyKind.ISBN, isbn.isbn13()) == hash) {
          return isbn.isbn13();
        }
      }
    }
    return null;
  }

  /**
   * A read in a transaction of its own: the step's transaction may hold a snapshot older than
   * the key writes this step committed (MariaDB's REPEATABLE READ), so reading the keys back
   * through it would not see them.
   */
  private <T> T fresh(java.util.function.Supplier<T> read) {
    return ownTransaction.execute(s -> read.get());
  }

  private String previousBlocking(long prevInstance) {
    JobInstance prev = jobRepository.getJobInstance(prevInstance);
    return jobRepository.getLastStepExecution(prev, JobKeys.STEP_CANDIDATES)
        .getExecutionContext().getString(JobKeys.BLOCKING);
  }

  private void saveNoTitle(long instance, List<Long> noTitle) {
    for (int from = 0; from < noTitle.size(); from += WRITE_BATCH) {
      List<Long> rows = noTitle.subList(from, Math.min(noTitle.size(), from + WRITE_BATCH));
      ownTransaction.executeWithoutResult(s -> store.saveNoTitle(instance, rows));
    }
  }
}
