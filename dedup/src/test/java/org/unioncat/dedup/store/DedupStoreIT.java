package org.unioncat.dedup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unioncat.dedup.run.TestRecords.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.Finding;
import org.unioncat.dedup.cluster.MemberRole;
import org.unioncat.dedup.compare.RecordComparator;
import org.unioncat.dedup.run.DedupConfig;
import org.unioncat.dedup.run.DedupResult;
import org.unioncat.dedup.run.Deduplicator;
import org.unioncat.dedup.run.RunStatistics;
import org.unioncat.ingest.store.TestDatabases;

class DedupStoreIT {
  private static final String HOBBIT_10 = "0-261-10221-4";
  private static final String HOBBIT_13 = "9780261102217";

  static List<String> databases() {
    return TestDatabases.names();
  }

  /** A detector result with merges, an empty download, a set/volume pair and a no-title record. */
  private static DedupResult detected() {
    List<DedupRecord> records = List.of(
        book(1, "LIB01").isbn(HOBBIT_10).title("The hobbit").author("Tolkien, J. R. R.").build(),
        book(2, "LIB02").isbn(HOBBIT_13).title("The hobbit").author("Tolkien, J. R. R.").build(),
        book(3, "LIB01").isbn(HOBBIT_10).title("The hobbit").author("Tolkien, J. R. R.")
            .noHoldings().build(),
        book(6, "LIB04").isbn("9787500000006").title("History of China").part("v. 1").build(),
        book(7, "LIB05").isbn("9787500000006").title("History of China").part("v. 2").build(),
        book(8, "LIB02").isbn(HOBBIT_13).title("REQUIRED FIELD").build());
    return new Deduplicator(new RecordComparator(), DedupConfig.defaults()).run(records, Set.of());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void storedRunIsReadBackExactly(String db) {
    DedupStore store = new DedupStore(TestDatabases.fresh(db));
    DedupResult result = detected();
    assertThat(result.clusters()).isNotEmpty();
    assertThat(result.findings()).isNotEmpty();

    long runId = store.save(result);

    DedupRun run = store.latestRun().orElseThrow();
    assertThat(run.id()).isEqualTo(runId);
    assertThat(run.status()).isEqualTo("DONE");
    assertThat(run.finishedAt()).isNotNull();
    assertThat(run.records()).isEqualTo(6);
    assertThat(run.candidatePairs()).isEqualTo(result.statistics().candidatePairs());
    assertThat(run.clusters()).isEqualTo(result.clusters().size());
    assertThat(run.findings()).isEqualTo(result.findings().size());
    assertThat(run.statisticsJson()).contains("\"candidatePairs\":" + run.candidatePairs());
    assertThat(store.clusters(runId)).isEqualTo(result.clusters());
    assertThat(store.findings(runId)).isEqualTo(result.findings());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void nullsChineseAndScoresSurviveAndTheLibraryFilterKeepsWholeClusters(String db) {
    DedupStore store = new DedupStore(TestDatabases.fresh(db));
    Cluster a = new Cluster(10, 11, List.of(
        new ClusterMember(11, "BNU", null, MemberRole.KEEP, Optional.empty(), 1.0, "", "",
            "keep this record", "保留本记录"),
        new ClusterMember(10, "PKU", "ocm00010", MemberRole.DUPLICATE,
            Optional.of(Cause.ISBN_FORMS), 0.9234567890123457, "same ISBN-13 9787503717444",
            "ISBN-13 相同：9787503717444；题名相同", "merge, then delete", "合并后删除")));
    Cluster b = new Cluster(20, 20, List.of(
        new ClusterMember(20, "PKU", "x", MemberRole.KEEP, Optional.empty(), 1.0, "", "", "k", "留"),
        new ClusterMember(21, "THU", "y", MemberRole.FINDING, Optional.of(Cause.WRONG_RECORD),
            0.5, "other", "其他", "flag", "标记")));
    Finding f = new Finding(21, "THU", null, Cause.WRONG_RECORD, Optional.empty(), "d", "详", "a", "办");
    long runId = store.save(result(List.of(a, b), List.of(f)));

    assertThat(store.clusters(runId)).containsExactly(a, b);
    assertThat(store.clusters(runId, "BNU")).containsExactly(a);
    assertThat(store.clusters(runId, "PKU")).containsExactly(a, b);
    assertThat(store.clusters(runId, "THU")).containsExactly(b);
    assertThat(store.clusters(runId, "NONE")).isEmpty();
    assertThat(store.findings(runId)).containsExactly(f);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void largeRunIsWrittenInSeveralTransactionsAndTheLatestDoneRunWins(String db) {
    DataSource ds = TestDatabases.fresh(db);
    DedupStore store = new DedupStore(ds);
    long first = store.save(detected());
    List<Cluster> many = new ArrayList<>();
    for (long id = 1; id <= 2L * DedupStore.CLUSTERS_PER_COMMIT + 1; id++) {
      long dup = 100_000 + id;
      many.add(new Cluster(id, id, List.of(
          new ClusterMember(id, "A", "a" + id, MemberRole.KEEP, Optional.empty(), 1.0, "", "", "k", "k"),
          new ClusterMember(dup, "B", "b" + id, MemberRole.DUPLICATE, Optional.of(Cause.NO_CHECK),
              0.95, "e", "e", "m", "m"))));
    }
    long second = store.save(result(many, List.of()));
    long failed = store.startRun();
    store.failRun(failed, "boom");
    store.startRun(); // still running: not shown

    assertThat(second).isGreaterThan(first);
    assertThat(store.latestRun().orElseThrow().id()).isEqualTo(second);
    assertThat(store.clusters(second)).isEqualTo(many);
    assertThat(store.clusters(first)).isEqualTo(detected().clusters());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void eachRunReadsItsOwnFindingsThoughRowsServeSeveralRunsAndAFailedRunsRowsNone(String db)
      throws Exception {
    DataSource ds = TestDatabases.fresh(db);
    DedupStore store = new DedupStore(ds);
    Finding f1 = new Finding(21, "THU", "a", Cause.WRONG_RECORD, Optional.empty(), "d", "详", "x", "办");
    Finding f2 = new Finding(22, "THU", "b", Cause.NO_TITLE, Optional.of(21L), "n", "无", "y", "办");
    long first = store.save(result(List.of(), List.of(f1)));
    // a run that failed after writing its rows: never read, by itself or by later runs
    long failed = store.startRun();
    try (java.sql.Connection c = ds.getConnection()) {
      DedupStore.writeResult(c, failed, result(List.of(), List.of(f2)));
    }
    store.failRun(failed, "boom");
    long second = store.save(result(List.of(), List.of(f2)));

    assertThat(store.findings(first)).containsExactly(f1);
    // (a failed run is never shown; its own rows belong to no run, not even to itself)
    assertThat(store.findings(failed)).doesNotContain(f2);
    assertThat(store.findings(second)).containsExactly(f2);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void noRunYetIsEmpty(String db) {
    DedupStore store = new DedupStore(TestDatabases.fresh(db));

    assertThat(store.latestRun()).isEmpty();
    assertThat(store.decisions()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void decisionsRoundTripOncePerPairAndAreHonouredByTheDetector(String db) {
    DedupStore store = new DedupStore(TestDatabases.fresh(db));

    store.rejectPair(IdPair.of(2, 1), "reviewer-a");
    store.rejectPair(IdPair.of(1, 2), "reviewer-b");
    store.rejectPair(IdPair.of(7, 3), "reviewer-b");

    assertThat(store.decisions())
        .extracting(Decision::pair, Decision::decidedBy)
        .containsExactly(tuple(IdPair.of(1, 2), "reviewer-a"), tuple(IdPair.of(3, 7), "reviewer-b"));
    assertThat(store.decisions()).allSatisfy(d -> assertThat(d.decidedAt()).isNotNull());
    assertThat(store.rejectedPairs()).containsExactlyInAnyOrder(IdPair.of(1, 2), IdPair.of(3, 7));
  }

  private static DedupResult result(List<Cluster> clusters, List<Finding> findings) {
    long clustered = clusters.stream().mapToLong(Cluster::size).sum();
    return new DedupResult(clusters, findings, List.of(), new RunStatistics(
        clustered, 0, 0, List.of(), 0, clusters.size(), clusters.size(), clusters.size(),
        clusters.size(), clustered, findings.size(), 0, 1));
  }
}
