package org.unioncat.dedup.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.ingest.audit.AuditEntry;
import org.unioncat.ingest.audit.JdbcAuditTrail;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.load.IndexRebuild;
import org.unioncat.ingest.load.LoadProgress;
import org.unioncat.ingest.load.StoredRecordDecoder;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.NormalizedRecordJson;
import org.unioncat.ingest.normalize.series.SeriesEntry;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.RecordStatus;
import org.unioncat.ingest.store.StoredRecord;
import org.unioncat.ingest.store.TestDatabases;

/** Merging and undoing a cluster of three libraries' records, on MariaDB and on H2. */
class ClusterMergerIT {
  @TempDir Path dir;
  private CatalogIndex index;

  static List<String> databases() {
    return TestDatabases.names();
  }

  @AfterEach
  void closeIndex() throws Exception {
    if (index != null) {
      index.close();
    }
  }

  private record Setup(
      DataSource ds, SummerlandCatalog catalog, CatalogQueries queries, ClusterMerger merger,
      Cluster cluster, long pku, long thu, long bnu) {}

  private Setup setUp(String db) {
    DataSource ds = TestDatabases.fresh(db);
    SummerlandCatalog catalog = new SummerlandCatalog(ds);
    catalog.loadAll();
    CatalogQueries queries = new CatalogQueries(ds);
    index = CatalogIndex.open(dir.resolve("index"));
    IndexRebuild.run(queries, index, LoadProgress.NONE);
    catalog.dedup();
    DedupStore store = new DedupStore(ds);
    List<Cluster> clusters = store.clusters(store.latestRun().orElseThrow().id());
    assertThat(clusters).hasSize(1);
    long pku = id(ds, "PKU");
    long thu = id(ds, "THU");
    long bnu = id(ds, "BNU");
    ClusterMerger merger = new ClusterMerger(ds, store, new org.unioncat.ingest.store.LibraryStore(ds),
        new JdbcAuditTrail(ds), new LuceneMergeIndex(index, () -> {}));
    return new Setup(ds, catalog, queries, merger, clusters.get(0), pku, thu, bnu);
  }

  private static long id(DataSource ds, String library) {
    return CatalogState.count(ds, "SELECT MIN(r.id) FROM bib_record r JOIN member_library l"
        + " ON l.id = r.library_id WHERE l.code = ?", library);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void threeLibrariesMergeOntoTheKeptRecordAndUndoRestoresEverythingExactly(String db) {
    Setup s = setUp(db);
    assertThat(s.cluster().members()).extracting(ClusterMember::recordId)
        .containsExactlyInAnyOrder(s.pku(), s.thu(), s.bnu());
    CatalogState before = CatalogState.of(s.ds(), index);
    assertThat(before.index()).hasSize(4); // three documents and the count

    MergeResult merged = s.merger().merge(s.cluster().id(), s.pku(), "alice");

    assertThat(merged.keptRecordId()).isEqualTo(s.pku());
    assertThat(merged.mergedRecordIds()).containsExactly(s.thu(), s.bnu());
    assertThat(merged.indexed()).isTrue();
    // Holdings: every row moved onto the kept record, library and call number unchanged.
    assertThat(CatalogState.rows(s.ds(), "SELECT h.record_id, l.code, h.call_number, h.barcode"
        + " FROM holding h JOIN member_library l ON l.id = h.library_id ORDER BY h.id"))
        .containsExactly(
            "record_id=" + s.pku() + ";code=PKU;call_number=I712.45 C431;barcode=P0001;",
            "record_id=" + s.pku() + ";code=THU;call_number=813.54 C431s;barcode=T0001;",
            "record_id=" + s.pku() + ";code=THU;call_number=PZ7.C3315 Su 2002;barcode=T0002;",
            "record_id=" + s.pku() + ";code=BNU;call_number=I712.45/C43;barcode=B0001;");
    assertThat(merged.holdingsMoved()).extracting(HoldingMove::libraryCode, HoldingMove::fromRecordId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("THU", s.thu()),
            org.assertj.core.groups.Tuple.tuple("THU", s.thu()),
            org.assertj.core.groups.Tuple.tuple("BNU", s.bnu()));
    // ISBNs of all members in both forms, the series out of the note into 490.
    StoredRecord kept = s.queries().record(s.pku()).orElseThrow();
    MarcRecord marc = StoredRecordDecoder.decode(kept).orElseThrow();
    assertThat(marc.dataFields("020")).extracting(DataField::toString).containsExactly(
        "020    $a0786808772",
        "020    $a0786816155 (pbk.)",
        "020    $a9780786808779",
        "020    $a9780786816156$qpbk.");
    assertThat(marc.dataFields("490")).extracting(DataField::toString)
        .containsExactly("490 0  $aSummerland trilogy$vv. 1");
    assertThat(marc.dataFields("500")).isEmpty();
    assertThat(merged.isbnsAdded()).containsExactly("9780786808779", "9780786816156");
    assertThat(merged.seriesAdded()).containsExactly("Summerland trilogy ; v. 1");
    assertThat(merged.notesMoved()).containsExactly("(Summerland trilogy ; v. 1)");
    assertThat(kept.containerFormat()).isEqualTo("ISO2709");
    assertThat(kept.sourceEncoding()).isEqualTo("UTF8");
    NormalizedRecord view = NormalizedRecordJson.fromJson(kept.normalizedJson());
    assertThat(view.isbns().valid()).extracting(i -> i.isbn13())
        .containsExactlyInAnyOrder("9780786808779", "9780786816156");
    assertThat(view.isbns().singleFormOnly()).isEmpty();
    assertThat(view.series().fromSeriesFields()).extracting(SeriesEntry::title, SeriesEntry::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Summerland trilogy", "490$a"));
    assertThat(view.series().fromNotes()).isEmpty();
    // The others are tombstones pointing to it, raw MARC as received.
    for (long id : List.of(s.thu(), s.bnu())) {
      StoredRecord t = s.queries().record(id).orElseThrow();
      assertThat(t.status()).isEqualTo(RecordStatus.MERGED);
      assertThat(t.mergedInto()).isEqualTo(s.pku());
      assertThat(hex(t.raw())).isEqualTo(rawBefore(before, id));
    }
    // The index: one document, held by all three libraries, found by every ISBN form.
    index.refresh();
    assertThat(index.search("summerland", 0, 10).hits()).singleElement().satisfies(h -> {
      assertThat(h.recordId()).isEqualTo(s.pku());
      assertThat(h.libraries()).containsExactlyInAnyOrder("PKU", "THU", "BNU");
    });
    assertThat(index.search("isbn:0786816155", 0, 10).hits()).extracting(h -> h.recordId())
        .containsExactly(s.pku());
    // One audit entry, with who, what and the before and after.
    List<AuditEntry> audit = new JdbcAuditTrail(s.ds()).recent("cluster:" + s.cluster().id(), 10);
    assertThat(audit).singleElement().satisfies(e -> {
      assertThat(e.event().actor()).isEqualTo("alice");
      assertThat(e.event().action()).isEqualTo("MERGE");
      assertThat(e.event().library()).isEqualTo("PKU");
      assertThat(e.event().detail())
          .contains("\"mergeId\":" + merged.mergeId())
          .contains("\"mergedRecordIds\":[" + s.thu() + "," + s.bnu() + "]")
          .contains("\"isbnsAdded\":[\"9780786808779\",\"9780786816156\"]")
          .contains("\"status\":\"MERGED\",\"mergedInto\":" + s.pku());
    });
    assertThat(s.merger().merges(s.cluster().id(), 10)).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo("APPLIED");
      assertThat(m.mergedRecordIds()).containsExactly(s.thu(), s.bnu());
    });

    UndoResult undone = s.merger().undo(merged.mergeId(), "bob");

    assertThat(undone.restoredRecordIds()).containsExactly(s.pku(), s.thu(), s.bnu());
    assertThat(undone.holdingsRestored()).isEqualTo(3);
    assertThat(undone.indexed()).isTrue();
    CatalogState after = CatalogState.of(s.ds(), index);
    assertThat(after.records()).isEqualTo(before.records());
    assertThat(after.holdings()).isEqualTo(before.holdings());
    assertThat(after.index()).isEqualTo(before.index());
    assertThat(new JdbcAuditTrail(s.ds()).recent("cluster:" + s.cluster().id(), 10))
        .extracting(e -> e.event().action() + " by " + e.event().actor())
        .containsExactly("UNDO_MERGE by bob", "MERGE by alice");
    assertThatThrownBy(() -> s.merger().undo(merged.mergeId(), "bob"))
        .isInstanceOf(ReviewConflictException.class)
        .hasMessage("Merge " + merged.mergeId() + " has already been undone.");
  }

  private static String hex(byte[] b) {
    return java.util.HexFormat.of().formatHex(b);
  }

  private static String rawBefore(CatalogState state, long id) {
    String row = state.records().stream().filter(r -> r.startsWith("id=" + id + ";")).findFirst()
        .orElseThrow();
    return java.util.Arrays.stream(row.split(";")).filter(c -> c.startsWith("raw_marc="))
        .map(c -> c.substring("raw_marc=".length())).collect(Collectors.joining());
  }
}
