package org.unioncat.dedup.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.ingest.audit.JdbcAuditTrail;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.TestDatabases;

/**
 * Conflicts (a cluster that changed since the run, a merge changed since) and reviewers'
 * decisions that persist across detection runs, on MariaDB and on H2.
 */
class ReviewDecisionsIT {

  static List<String> databases() {
    return TestDatabases.names();
  }

  private DataSource ds;
  private SummerlandCatalog catalog;
  private DedupStore store;
  private ClusterMerger merger;
  private ReviewDecisions decisions;
  private ReviewQueue queue;
  private long pku;
  private long thu;
  private long bnu;

  private Cluster setUp(String db) {
    ds = TestDatabases.fresh(db);
    catalog = new SummerlandCatalog(ds);
    catalog.loadAll();
    store = new DedupStore(ds);
    JdbcAuditTrail audit = new JdbcAuditTrail(ds);
    merger = new ClusterMerger(ds, store, new LibraryStore(ds), audit, MergeIndex.NONE);
    decisions = new ReviewDecisions(ds, store, audit);
    queue = new ReviewQueue(ds, store);
    pku = recordOf("PKU");
    thu = recordOf("THU");
    bnu = recordOf("BNU");
    return onlyCluster();
  }

  private Cluster onlyCluster() {
    catalog.dedup();
    List<Cluster> clusters = store.clusters(store.latestRun().orElseThrow().id());
    assertThat(clusters).hasSize(1);
    return clusters.get(0);
  }

  private long recordOf(String library) {
    return CatalogState.count(ds, "SELECT MIN(r.id) FROM bib_record r JOIN member_library l"
        + " ON l.id = r.library_id WHERE l.code = ?", library);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aClusterWhoseMemberWasDeletedSinceTheRunIsNotMerged(String db) {
    Cluster cluster = setUp(db);
    MarcRecord deletion = SummerlandCatalog.bnuVersion();
    String leader = deletion.leader().value();
    catalog.upload(catalog.bnu, new MarcRecord(
        new Leader(leader.substring(0, 5) + "d" + leader.substring(6)), deletion.fields()));
    CatalogState before = CatalogState.of(ds, null);

    assertThatThrownBy(() -> merger.merge(cluster.id(), null, "alice"))
        .isInstanceOf(ReviewConflictException.class)
        .hasMessage("Cluster " + cluster.id() + " changed since duplicate detection ran: record "
            + bnu + " is now DELETED. Nothing was merged; the next duplicate detection run shows"
            + " the cluster as it is now.");
    assertThat(CatalogState.of(ds, null)).isEqualTo(before);
    assertThat(CatalogState.count(ds, "SELECT COUNT(*) FROM audit_log")).isZero();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aMergeWhoseAuditEntryFailsLeavesNothingBehind(String db) {
    Cluster cluster = setUp(db);
    CatalogState before = CatalogState.of(ds, null);
    org.unioncat.audit.AuditTrail failing = new org.unioncat.audit.AuditTrail() {
      @Override
      public void record(java.sql.Connection connection, org.unioncat.audit.AuditEvent event) {
        throw new IllegalStateException("audit log unavailable");
      }

      @Override
      public void record(org.unioncat.audit.AuditEvent event) {
        throw new IllegalStateException("audit log unavailable");
      }
    };
    ClusterMerger broken = new ClusterMerger(ds, store, new LibraryStore(ds), failing, MergeIndex.NONE);

    assertThatThrownBy(() -> broken.merge(cluster.id(), null, "alice"))
        .hasMessage("audit log unavailable");

    assertThat(CatalogState.of(ds, null)).isEqualTo(before);
    assertThat(CatalogState.count(ds, "SELECT COUNT(*) FROM merge_event")).isZero();
    assertThat(queue.status(cluster.id())).isEqualTo(ClusterStatus.OPEN);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void twoReviewersMergingAtOnceMergeOnce(String db) throws Exception {
    Cluster cluster = setUp(db);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<MergeResult>> results = new java.util.ArrayList<>();
      for (String who : List.of("alice", "bob")) {
        results.add(pool.submit(() -> {
          start.await();
          return merger.merge(cluster.id(), null, who);
        }));
      }
      start.countDown();
      int merged = 0;
      int refused = 0;
      for (var f : results) {
        try {
          f.get();
          merged++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(ReviewConflictException.class);
          refused++;
        }
      }
      assertThat(merged).isEqualTo(1);
      assertThat(refused).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(CatalogState.count(ds, "SELECT COUNT(*) FROM merge_event")).isEqualTo(1);
    assertThat(CatalogState.count(ds, "SELECT COUNT(*) FROM bib_record WHERE status = 'MERGED'")).isEqualTo(2);
    assertThat(CatalogState.count(ds, "SELECT COUNT(*) FROM audit_log WHERE action = 'MERGE'")).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aMergedClusterIsNotMergedTwiceAndAMergeIsNotUndoneOverALaterUpload(String db) {
    Cluster cluster = setUp(db);
    MergeResult merged = merger.merge(cluster.id(), null, "alice");
    assertThat(merged.keptRecordId()).isEqualTo(cluster.keepId());
    assertThat(queue.status(cluster.id())).isEqualTo(ClusterStatus.MERGED);

    assertThatThrownBy(() -> merger.merge(cluster.id(), null, "alice"))
        .isInstanceOf(ReviewConflictException.class)
        .hasMessage("Cluster " + cluster.id() + " has already been merged (merge " + merged.mergeId()
            + "); undo that merge first to merge it differently.");

    // The kept record's library sends a corrected version of it: it replaces the kept record.
    long kept = merged.keptRecordId();
    String library = kept == pku ? "PKU" : kept == thu ? "THU" : "BNU";
    MarcRecord corrected = SummerlandCatalog.edit(
        kept == pku ? SummerlandCatalog.pkuVersion()
            : kept == thu ? SummerlandCatalog.thuVersion() : SummerlandCatalog.bnuVersion(),
        fields -> {
          fields.removeIf(f -> f.tag().equals("300"));
          SummerlandCatalog.add(fields, DataField.of("300", ' ', ' ', 'a', "500 p. :", 'b', "ill. ;", 'c', "22 cm."));
          return fields;
        });
    catalog.upload(kept == pku ? catalog.pku : kept == thu ? catalog.thu : catalog.bnu, corrected);
    CatalogState before = CatalogState.of(ds, null);

    assertThatThrownBy(() -> merger.undo(merged.mergeId(), "bob"))
        .isInstanceOf(ReviewConflictException.class)
        .hasMessageStartingWith("Merge " + merged.mergeId() + " cannot be undone: record " + kept
            + " (library " + library + ", 001 12883376) was replaced by a later upload on ")
        .hasMessageEndingWith(" since the merge. Nothing was changed.");
    assertThat(CatalogState.of(ds, null)).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void reSendingAMergedRecordUnchangedStoresNothingAndTheNextRunFindsNoCluster(String db) {
    Cluster cluster = setUp(db);
    MergeResult merged = merger.merge(cluster.id(), pku, "alice");
    assertThat(merged.mergedRecordIds()).containsExactly(thu, bnu);
    MarcRecord other = SummerlandCatalog.edit(SummerlandCatalog.summerland(), fields -> {
      fields.removeIf(f -> f.tag().equals("001"));
      fields.add(0, new org.unioncat.ingest.marc.ControlField("001", "THU-NEW-1"));
      fields.removeIf(f -> f.tag().equals("245"));
      SummerlandCatalog.add(fields, DataField.of("245", '1', '0', 'a', "Gentlemen of the road /", 'c', "Michael Chabon."));
      SummerlandCatalog.add(fields, DataField.of("852", ' ', ' ', 'a', "THU", 'h', "813.54", 'i', "C431g"));
      return fields;
    });
    // THU sends its whole catalogue again: the merged record byte for byte, and one new record.
    byte[] thuFile = concat(
        org.unioncat.ingest.write.Iso2709Writer.toBytes(SummerlandCatalog.thuVersion(), org.unioncat.ingest.marc.MarcFlavour.MARC21),
        org.unioncat.ingest.write.Iso2709Writer.toBytes(other, org.unioncat.ingest.marc.MarcFlavour.MARC21));
    var batch = catalog.uploadFile(catalog.thu, thuFile);

    assertThat(batch.unchanged()).isEqualTo(1);
    assertThat(batch.accepted()).isEqualTo(1);
    assertThat(CatalogState.count(ds, "SELECT COUNT(*) FROM bib_record WHERE status = 'ACTIVE'")).isEqualTo(2);
    catalog.dedup();
    assertThat(store.clusters(store.latestRun().orElseThrow().id())).isEmpty();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aRejectedClusterIsNotFormedAgainOnTheNextRun(String db) {
    Cluster cluster = setUp(db);

    ReviewDecisions.Decided decided = decisions.rejectCluster(cluster.id(), "carol");

    assertThat(decided.pairsRejected()).containsExactlyInAnyOrder(
        IdPair.of(pku, thu), IdPair.of(pku, bnu), IdPair.of(thu, bnu));
    assertThat(queue.status(cluster.id())).isEqualTo(ClusterStatus.REJECTED);
    assertThat(queue.page(new ReviewQueue.Filter(null, null, null, ClusterStatus.REJECTED, null, null),
        ReviewQueue.Sort.ID, 0, 10).total()).isEqualTo(1);
    assertThatThrownBy(() -> merger.merge(cluster.id(), null, "alice"))
        .isInstanceOf(ReviewConflictException.class)
        .hasMessageContaining("was rejected (its records are not duplicates)");
    assertThat(new JdbcAuditTrail(ds).recent("cluster:" + cluster.id(), 10))
        .singleElement().satisfies(e -> {
          assertThat(e.event().action()).isEqualTo("REJECT");
          assertThat(e.event().actor()).isEqualTo("carol");
        });

    catalog.dedup();

    assertThat(store.clusters(store.latestRun().orElseThrow().id())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aSplitKeepsOnlyTheGroupsApartOnTheNextRun(String db) {
    Cluster cluster = setUp(db);

    decisions.split(cluster.id(), List.of(List.of(pku, thu), List.of(bnu)), "carol");

    assertThat(queue.status(cluster.id())).isEqualTo(ClusterStatus.SPLIT);
    assertThat(store.rejectedPairs()).containsExactlyInAnyOrder(IdPair.of(pku, bnu), IdPair.of(thu, bnu));
    Cluster again = onlyCluster();
    assertThat(again.members()).extracting(ClusterMember::recordId).containsExactlyInAnyOrder(pku, thu);
    assertThatThrownBy(() -> decisions.split(again.id(), List.of(List.of(pku), List.of(pku, thu)), "x"))
        .hasMessage("Record " + pku + " is in two groups; each record of cluster " + again.id()
            + " must be in exactly one group.");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theChosenRecordIsKeptOnTheNextRunAndByTheMerge(String db) {
    Cluster cluster = setUp(db);
    long chosen = List.of(pku, thu, bnu).stream().filter(id -> id != cluster.keepId()).findFirst()
        .orElseThrow();

    decisions.chooseKeep(cluster.id(), chosen, "dora");

    assertThat(queue.status(cluster.id())).isEqualTo(ClusterStatus.KEEP_CHOSEN);
    assertThat(store.keepChoices()).containsExactly(chosen);
    Cluster again = onlyCluster();
    assertThat(again.keepId()).isEqualTo(chosen);
    assertThat(again.members().get(0).recordId()).isEqualTo(chosen);
    assertThat(queue.status(again.id())).isEqualTo(ClusterStatus.OPEN);
    assertThat(merger.merge(again.id(), null, "alice").keptRecordId()).isEqualTo(chosen);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theQueueFiltersByLibraryUploaderCauseScoreAndStatus(String db) {
    Cluster cluster = setUp(db);
    ReviewQueue.Sort sort = ReviewQueue.Sort.SCORE_DESC;

    assertThat(queue.page(filter(null, "BNU", null, null), sort, 0, 10).clusters())
        .extracting(e -> e.cluster().id()).containsExactly(cluster.id());
    assertThat(queue.page(filter(null, "NONE", null, null), sort, 0, 10).total()).isZero();
    assertThat(queue.page(filter(null, null, "vendor-thu", null), sort, 0, 10).total()).isEqualTo(1);
    assertThat(queue.page(filter(null, null, "someone-else", null), sort, 0, 10).total()).isZero();
    assertThat(queue.page(filter(null, null, null, ClusterStatus.OPEN), sort, 0, 10).total()).isEqualTo(1);
    int cause = cluster.members().get(1).cause().orElseThrow().number();
    assertThat(queue.page(filter(cause, null, null, null), sort, 0, 10).total()).isEqualTo(1);
    ReviewQueue.Entry entry = queue.page(filter(null, null, null, null), sort, 0, 10).clusters().get(0);
    double weakest = cluster.members().stream().skip(1).mapToDouble(ClusterMember::score).min().orElseThrow();
    assertThat(entry.score()).isEqualTo(weakest);
    assertThat(queue.page(new ReviewQueue.Filter(null, null, null, null, weakest + 0.0001, null), sort, 0, 10)
        .total()).isZero();
    assertThat(queue.page(new ReviewQueue.Filter(null, null, null, null, null, weakest), sort, 0, 10)
        .total()).isEqualTo(1);
  }

  private static ReviewQueue.Filter filter(Integer cause, String library, String uploader, ClusterStatus status) {
    return new ReviewQueue.Filter(cause, library, uploader, status, null, null);
  }
}
