package org.unioncat.dedup.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unioncat.dedup.run.TestRecords.book;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.compare.Comparison;
import org.unioncat.dedup.compare.Verdict;
import org.unioncat.dedup.run.ScriptedComparator;

class ClustererTest {
  private final Clusterer clusterer = new Clusterer();

  private static Map<Long, DedupRecord> records(int n) {
    Map<Long, DedupRecord> out = new HashMap<>();
    for (long i = 1; i <= n; i++) {
      out.put(i, book(i, "L").title("T" + i).build());
    }
    return out;
  }

  private Clusterer.Linkage run(ScriptedComparator script, List<long[]> candidatePairs, Set<IdPair> rejected) {
    ComparisonCache cache = new ComparisonCache(script, records(6));
    List<Comparison> comparisons = new ArrayList<>();
    for (long[] p : candidatePairs) {
      Comparison c = script.lookup(p[0], p[1]);
      cache.put(c);
      comparisons.add(c);
    }
    return clusterer.cluster(comparisons, cache, rejected, id -> false);
  }

  @Test
  void doesNotChainThroughAMiddleRecordWhenTheEndsCannotBeLinked() {
    // A≈B, B≈C, A and C cannot be linked: A and C never in one cluster
    ScriptedComparator s = new ScriptedComparator()
        .say(1, 2, Verdict.DUPLICATE, 0.8)
        .say(2, 3, Verdict.DUPLICATE, 0.9)
        .say(1, 3, Verdict.CANNOT_LINK, 0.1, Cause.STALE_EDITION);

    Clusterer.Linkage l = run(s, List.of(new long[] {1, 2}, new long[] {2, 3}), Set.of());

    // 2-3 (higher score) joins first; 1-2 would bring 1 next to 3
    assertThat(l.components()).containsExactly(List.of(2L, 3L));
    assertThat(l.suggestions()).extracting(x -> x.pair().toString()).containsExactly("1-2");
    assertThat(l.suggestions().get(0).reasonEn())
        .startsWith("not merged: records 1 and 3 cannot be linked (cause 5: ");
    assertThat(s.calls()).isEqualTo(1); // the cross pair 1-3 was compared on demand
  }

  @Test
  void neverJoinsAPairAReviewerRejectedEvenThroughOtherRecords() {
    ScriptedComparator s = new ScriptedComparator()
        .say(1, 2, Verdict.DUPLICATE, 0.9)
        .say(2, 3, Verdict.DUPLICATE, 0.9)
        .say(1, 3, Verdict.DUPLICATE, 0.9);

    Clusterer.Linkage l = run(s, List.of(new long[] {1, 2}, new long[] {2, 3}, new long[] {1, 3}),
        Set.of(IdPair.of(1, 3)));

    assertThat(l.components()).containsExactly(List.of(1L, 2L));
    assertThat(l.suggestions()).extracting(x -> x.pair().toString()).containsExactly("1-3", "2-3");
  }

  @Test
  void possiblePairsAreSuggestionsNotMerges() {
    ScriptedComparator s = new ScriptedComparator()
        .say(1, 2, Verdict.POSSIBLE, 0.6)
        .say(3, 4, Verdict.DUPLICATE, 0.9);

    Clusterer.Linkage l = run(s, List.of(new long[] {1, 2}, new long[] {3, 4}), Set.of());

    assertThat(l.components()).containsExactly(List.of(3L, 4L));
    assertThat(l.suggestions()).extracting(x -> x.pair().toString()).containsExactly("1-2");
  }

  @Test
  void aDuplicateVerdictWithAFindingOnlyCauseIsNotAMerge() {
    ScriptedComparator s = new ScriptedComparator().say(1, 2, Verdict.DUPLICATE, 0.9, Cause.WRONG_RECORD);

    Clusterer.Linkage l = run(s, List.<long[]>of(new long[] {1, 2}), Set.of());

    assertThat(l.components()).isEmpty();
  }

  @Test
  void excludedRecordsAreNeverJoined() {
    ScriptedComparator s = new ScriptedComparator().say(1, 2, Verdict.DUPLICATE, 0.9);
    ComparisonCache cache = new ComparisonCache(s, records(2));
    Comparison c = s.lookup(1, 2);
    cache.put(c);

    Clusterer.Linkage l = clusterer.cluster(List.of(c), cache, Set.of(), id -> id == 2);

    assertThat(l.components()).isEmpty();
  }

  @Test
  void theSameInputInAnyOrderGivesTheSameClustersAndIds() {
    ScriptedComparator s = new ScriptedComparator()
        .say(1, 2, Verdict.DUPLICATE, 0.9)
        .say(2, 3, Verdict.DUPLICATE, 0.9)
        .say(1, 3, Verdict.CANNOT_LINK, 0.0)
        .say(4, 5, Verdict.DUPLICATE, 0.7)
        .say(5, 6, Verdict.DUPLICATE, 0.7)
        .say(4, 6, Verdict.DUPLICATE, 0.7);
    List<long[]> pairs = new ArrayList<>(List.of(new long[] {1, 2}, new long[] {2, 3}, new long[] {1, 3},
        new long[] {4, 5}, new long[] {5, 6}, new long[] {4, 6}));

    Clusterer.Linkage first = run(s, pairs, Set.of());
    Collections.shuffle(pairs, new Random(3));
    Clusterer.Linkage second = run(s, pairs, Set.of());

    // ties broken by ids: 1-2 joins before 2-3, so 3 stays out
    assertThat(first.components()).containsExactly(List.of(1L, 2L), List.of(4L, 5L, 6L));
    assertThat(second.components()).isEqualTo(first.components());
    assertThat(second.suggestions()).isEqualTo(first.suggestions());
  }
}
