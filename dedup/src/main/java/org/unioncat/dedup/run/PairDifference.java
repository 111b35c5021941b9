package org.unioncat.dedup.run;

import java.util.List;
import java.util.function.Consumer;
import org.unioncat.dedup.candidate.IdPair;

/**
 * The pairs in exactly one of two ascending pair sequences: this run's scored pairs (in memory)
 * and the previous run's (streamed from the database, never held). A merge walk, linear in both.
 */
public final class PairDifference {
  private PairDifference() {}

  /**
   * @param now this run's pairs, ascending ({@link IdPair#compareTo}), without repeats
   * @param before gives the previous run's pairs, ascending, to the consumer it is handed
   * @param differing receives each pair found in only one of the two
   * @return how many pairs differ
   * @throws IllegalStateException if either sequence is not ascending
   */
  public static long between(
      List<IdPair> now, Consumer<Consumer<IdPair>> before, Consumer<IdPair> differing) {
    for (int i = 1; i < now.size(); i++) {
      if (now.get(i - 1).compareTo(now.get(i)) >= 0) {
        throw new IllegalStateException("pairs not in ascending order at " + now.get(i));
      }
    }
    long[] count = {0};
    int[] next = {0};
    IdPair[] last = {null};
    before.accept(q -> {
      if (last[0] != null && last[0].compareTo(q) >= 0) {
        throw new IllegalStateException("previous pairs not in ascending order at " + q);
      }
      last[0] = q;
      while (next[0] < now.size() && now.get(next[0]).compareTo(q) < 0) {
        differing.accept(now.get(next[0]++));
        count[0]++;
      }
      if (next[0] < now.size() && now.get(next[0]).equals(q)) {
        next[0]++;
      } else {
        differing.accept(q);
        count[0]++;
      }
    });
    while (next[0] < now.size()) {
      differing.accept(now.get(next[0]++));
      count[0]++;
    }
    return count[0];
  }
}
