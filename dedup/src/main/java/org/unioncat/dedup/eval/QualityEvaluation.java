package org.unioncat.dedup.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.Finding;
import org.unioncat.dedup.cluster.MemberRole;
import org.unioncat.dedup.compare.Comparison;
import org.unioncat.dedup.compare.PairComparator;
import org.unioncat.dedup.run.DedupConfig;
import org.unioncat.dedup.run.DedupRecords;
import org.unioncat.dedup.run.DedupResult;
import org.unioncat.dedup.run.Deduplicator;
import org.unioncat.ingest.normalize.Normalizer;

/**
 * Measures the detector on a labelled catalog ({@link CatalogGenerator}).
 *
 * <p>Method: a predicted pair is two records in one predicted cluster (whatever their roles).
 * Against {@link TruthTable}: predicted pairs in {@link TruthTable#duplicatePairs()} are true
 * positives, those in {@link TruthTable#neutralPairs()} are ignored, all others are false merges;
 * truth duplicate pairs not predicted are false negatives. Per cause, recall is over the truth
 * pairs whose duplicate member (role duplicate) has that cause (a pair of two duplicates counts
 * for each of their causes); precision is over the predicted pairs whose non-kept member(s) the
 * detector gave that cause. Findings are scored per record and cause against {@link
 * TruthTable#findingRecords()}.
 */
public final class QualityEvaluation {
  private static final int WORST = 10;

  private final PairComparator comparator;
  private final DedupConfig config;

  public QualityEvaluation(PairComparator comparator, DedupConfig config) {
    this.comparator = comparator;
    this.config = config;
  }

  /**
   * The catalog's records as the detector sees them: each generated record normalized (holdings
   * from the default 852 / 905 mappings), ids 1, 2, ... in library order, then upload order.
   */
  public static List<DedupRecord> records(GeneratedCatalog catalog) {
    Normalizer normalizer = Normalizer.withDefaultHoldings();
    List<DedupRecord> out = new ArrayList<>();
    long id = 1;
    for (List<GeneratedRecord> library : catalog.recordsByLibrary().values()) {
      for (GeneratedRecord g : library) {
        out.add(DedupRecords.of(id++, g.library(), normalizer.normalize(g.record(), g.flavour())));
      }
    }
    return out;
  }

  /** Builds the records, runs the detector and scores it. */
  public EvalReport evaluate(GeneratedCatalog catalog) {
    return evaluate(records(catalog), catalog.truth());
  }

  /** Runs the detector over the records and scores it against the truth. */
  public EvalReport evaluate(List<DedupRecord> records, TruthTable truth) {
    DedupResult result = new Deduplicator(comparator, config).run(records, Set.of());
    Map<RecordKey, DedupRecord> byKey = new HashMap<>();
    for (DedupRecord r : records) {
      byKey.put(new RecordKey(r.library(), r.localId()), r);
    }
    return score(truth, result,
        (a, b) -> Optional.ofNullable(byKey.get(a)).flatMap(ra -> Optional.ofNullable(byKey.get(b))
            .map(rb -> ra.id() < rb.id() ? comparator.compare(ra, rb) : comparator.compare(rb, ra))));
  }

  /**
   * Scores a result against a truth table.
   *
   * @param explain the comparison of two records, for the false-merge list (may be empty)
   */
  public static EvalReport score(
      TruthTable truth, DedupResult result,
      BiFunction<RecordKey, RecordKey, Optional<Comparison>> explain) {
    Map<RecordKey, TruthRow> rows = new HashMap<>();
    truth.rows().forEach(r -> rows.put(r.key(), r));
    Set<RecordPair> duplicates = truth.duplicatePairs();
    Set<RecordPair> neutral = truth.neutralPairs();

    // predicted pairs with the causes the detector gave their non-kept members
    Map<RecordPair, Set<Integer>> predicted = new TreeMap<>(QualityEvaluation::comparePairs);
    for (Cluster cluster : result.clusters()) {
      List<ClusterMember> members = cluster.members();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          ClusterMember a = members.get(i);
          ClusterMember b = members.get(j);
          Set<Integer> causes = new TreeSet<>();
          addCause(a, causes);
          addCause(b, causes);
          predicted.put(new RecordPair(key(a), key(b)), causes);
        }
      }
    }

    long tp = 0;
    long fp = 0;
    long neutralHits = 0;
    long hardNegatives = 0;
    Map<Integer, long[]> byCause = new TreeMap<>(); // truth, found, predicted, correct
    List<FalseMerge> falseMerges = new ArrayList<>();
    for (Map.Entry<RecordPair, Set<Integer>> e : predicted.entrySet()) {
      RecordPair pair = e.getKey();
      if (neutral.contains(pair)) {
        neutralHits++;
        continue;
      }
      boolean correct = duplicates.contains(pair);
      for (int cause : e.getValue()) {
        long[] c = byCause.computeIfAbsent(cause, k -> new long[4]);
        c[2]++;
        if (correct) {
          c[3]++;
        }
      }
      if (correct) {
        tp++;
        continue;
      }
      fp++;
      TruthRow ra = rows.get(pair.first());
      TruthRow rb = rows.get(pair.second());
      String ga = ra == null ? "?" : ra.groupId();
      String gb = rb == null ? "?" : rb.groupId();
      boolean hard = ra != null && rb != null
          && (ra.negativeOf().equals(gb) || rb.negativeOf().equals(ga));
      if (hard) {
        hardNegatives++;
      }
      Optional<Comparison> c = explain.apply(pair.first(), pair.second());
      falseMerges.add(new FalseMerge(pair.first(), pair.second(), ga, gb, hard,
          c.map(Comparison::score).orElse(Double.NaN), c.map(Comparison::explanationEn).orElse("")));
    }
    long fn = 0;
    for (RecordPair pair : duplicates) {
      boolean found = predicted.containsKey(pair);
      if (!found) {
        fn++;
      }
      Set<Integer> causes = new TreeSet<>();
      for (RecordKey k : List.of(pair.first(), pair.second())) {
        TruthRow row = rows.get(k);
        if (row.role() == Role.DUPLICATE && row.cause() > 0) {
          causes.add(row.cause());
        }
      }
      for (int cause : causes) {
        long[] c = byCause.computeIfAbsent(cause, k -> new long[4]);
        c[0]++;
        if (found) {
          c[1]++;
        }
      }
    }
    Map<Integer, CauseScore> perCause = new TreeMap<>();
    byCause.forEach((cause, c) -> perCause.put(cause, new CauseScore(cause, c[0], c[1], c[2], c[3])));

    falseMerges.sort(Comparator.comparingDouble((FalseMerge m) -> Double.isNaN(m.score()) ? -1 : m.score())
        .reversed()
        .thenComparing(FalseMerge::first)
        .thenComparing(FalseMerge::second));
    List<FalseMerge> worst = falseMerges.subList(0, Math.min(WORST, falseMerges.size()));

    return new EvalReport(new PairScore(tp, fp, fn, neutralHits), perCause,
        scoreFindings(truth, result), hardNegatives, worst, Optional.of(result.statistics()));
  }

  private static Map<Integer, FindingScore> scoreFindings(TruthTable truth, DedupResult result) {
    Set<String> expected = new HashSet<>();
    Map<Integer, long[]> counts = new TreeMap<>(); // expected, reported, correct
    for (TruthRow row : truth.findingRecords()) {
      expected.add(row.key() + "#" + row.cause());
      counts.computeIfAbsent(row.cause(), k -> new long[3])[0]++;
    }
    Set<String> seen = new HashSet<>();
    for (Finding f : result.findings()) {
      String id = new RecordKey(f.library(), f.localId()) + "#" + f.cause().number();
      if (!seen.add(id)) {
        continue;
      }
      long[] c = counts.computeIfAbsent(f.cause().number(), k -> new long[3]);
      c[1]++;
      if (expected.contains(id)) {
        c[2]++;
      }
    }
    Map<Integer, FindingScore> out = new TreeMap<>();
    counts.forEach((cause, c) -> out.put(cause, new FindingScore(cause, c[0], c[1], c[2])));
    return out;
  }

  private static void addCause(ClusterMember m, Set<Integer> causes) {
    if (m.role() != MemberRole.KEEP) {
      m.cause().map(Cause::number).ifPresent(causes::add);
    }
  }

  private static RecordKey key(ClusterMember m) {
    return new RecordKey(m.library(), m.localId() == null ? "#" + m.recordId() : m.localId());
  }

  private static int comparePairs(RecordPair a, RecordPair b) {
    int c = a.first().compareTo(b.first());
    return c != 0 ? c : a.second().compareTo(b.second());
  }
}
