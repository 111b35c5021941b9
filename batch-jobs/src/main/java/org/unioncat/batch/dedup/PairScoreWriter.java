package org.unioncat.batch.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.compare.Comparison;
import org.unioncat.dedup.compare.PairComparator;
import org.unioncat.dedup.run.Deduplicator;
import org.unioncat.dedup.store.CatalogDedupRecords;

/**
 * Scores a chunk of candidate pairs: fetches the chunk's records in one query, compares each
 * pair, and stores the pairs that {@link Deduplicator#matters matter} in
 * {@code dedup_job_score}. The insert joins the chunk's transaction, so the scores and the
 * reader's checkpoint commit together: after a crash the chunk is either fully stored and
 * skipped on restart, or not stored at all and scored again.
 *
 * <p>One writer per partition (step scope): its comparator is built once per partition. Not
 * final: the step scope proxies it.
 */
class PairScoreWriter implements ItemWriter<IdPair> {
  private final long jobInstanceId;
  private final CatalogDedupRecords records;
  private final PairComparator comparator;
  private final DedupJobStore store;
  private final JobFaults faults;

  PairScoreWriter(
      long jobInstanceId, CatalogDedupRecords records, PairComparator comparator,
      DedupJobStore store, JobFaults faults) {
    this.jobInstanceId = jobInstanceId;
    this.records = records;
    this.comparator = comparator;
    this.store = store;
    this.faults = faults;
  }

  @Override
  public void write(Chunk<? extends IdPair> chunk) {
    Set<Long> ids = new HashSet<>();
    for (IdPair p : chunk) {
      ids.add(p.first());
      ids.add(p.second());
    }
    Map<Long, DedupRecord> byId = records.active(ids);
    List<DedupJobStore.Score> scores = new ArrayList<>();
    for (IdPair p : chunk) {
      DedupRecord a = byId.get(p.first());
      DedupRecord b = byId.get(p.second());
      if (a == null || b == null) {
        continue; // merged or deleted since the candidates step: no longer in this run
      }
      Comparison c = comparator.compare(a, b);
      if (Deduplicator.matters(c)) {
        scores.add(new DedupJobStore.Score(p, c.verdict(), c.score()));
      }
    }
    store.saveScores(jobInstanceId, scores);
    faults.check(JobKeys.STEP_SCORE, chunk.size());
  }
}
