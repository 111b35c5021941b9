package org.unioncat.dedup.cluster;

import java.util.HashMap;
import java.util.Map;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.compare.Comparison;
import org.unioncat.dedup.compare.PairComparator;

/**
 * The comparisons of a run by pair: those of the candidate pairs, plus any pair the clusterer or
 * the cluster report needs later (cross pairs of two components, member vs kept record), compared
 * on demand and counted. Not thread-safe: used after the parallel comparison phase.
 */
public final class ComparisonCache {
  private final PairComparator comparator;
  private final Map<Long, DedupRecord> records;
  private final Map<IdPair, Comparison> known = new HashMap<>();
  private long extraComparisons;

  public ComparisonCache(PairComparator comparator, Map<Long, DedupRecord> records) {
    this.comparator = comparator;
    this.records = records;
  }

  public void put(Comparison c) {
    known.put(IdPair.of(c.first(), c.second()), c);
  }

  /** The comparison of two records, comparing them now if no one has yet (lower id first). */
  public Comparison get(long a, long b) {
    IdPair pair = IdPair.of(a, b);
    Comparison c = known.get(pair);
    if (c == null) {
      c = comparator.compare(record(pair.first()), record(pair.second()));
      extraComparisons++;
      known.put(pair, c);
    }
    return c;
  }

  public DedupRecord record(long id) {
    DedupRecord r = records.get(id);
    if (r == null) {
      throw new IllegalArgumentException("no record " + id);
    }
    return r;
  }

  /** Comparisons made on demand, beyond the candidate pairs. */
  public long extraComparisons() {
    return extraComparisons;
  }
}
