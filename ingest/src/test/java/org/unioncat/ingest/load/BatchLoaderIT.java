package org.unioncat.ingest.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unioncat.config.LibrarySettings;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.store.BatchStatus;
import org.unioncat.ingest.store.BatchStore;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.TestDatabases;
import org.unioncat.ingest.store.UploadBatch;
import org.unioncat.ingest.write.Iso2709Writer;

/** Loading real uploads into the catalog tables, on MariaDB (batched INSERTs and LOAD DATA) and on H2. */
class BatchLoaderIT {

  static List<String> databases() {
    return TestDatabases.namesWithLoadData();
  }

  private DataSource ds;
  private MemberLibrary bu;

  private void setUp(String db) {
    ds = TestDatabases.fresh(db);
    bu = new LibraryStore(ds).add(LibrarySettings.withDefaults("BU", "Boston University"));
  }

  private UploadBatch load(byte[] file, String name, CatalogIndexer indexer) throws IOException {
    UploadBatch batch =
        new BatchStore(ds).create(bu, "tester", name, file.length, ContentHash.of(file));
    return new BatchLoader(ds, indexer, 20, 2)
        .load(batch.id(), bu, () -> new ByteArrayInputStream(file), ReadOptions.detect(),
            LoadProgress.NONE);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void realUploadIsStoredWithQuarantineHoldingsAndFindings(String db) throws Exception {
    setUp(db);
    byte[] file = Fixtures.bytes("catmandu/bu_bibs.mrc");

    UploadBatch done = load(file, "bu_bibs.mrc", CatalogIndexer.NONE);

    assertThat(done.status()).isEqualTo(BatchStatus.DONE);
    assertThat(done.recordsDone()).isEqualTo(100);
    assertThat(done.accepted()).isEqualTo(92);
    assertThat(done.rejected()).isEqualTo(8);
    assertThat(done.unchanged()).isZero();
    assertThat(done.lastOrdinal()).isEqualTo(100);
    assertThat(done.containerFormat()).isEqualTo("ISO2709");
    assertThat(done.encodings()).isEqualTo("MARC-8=84;UTF-8=16");
    assertThat(count("SELECT COUNT(*) FROM bib_record WHERE status = 'ACTIVE'")).isEqualTo(92);
    assertThat(count("SELECT COUNT(*) FROM bib_record WHERE status = 'QUARANTINED'")).isEqualTo(8);
    // Raw bytes are kept exactly: in file order they are the file again.
    assertThat(rawInOrder()).isEqualTo(file);
    assertThat(count("SELECT COUNT(*) FROM bib_record WHERE status = 'ACTIVE' AND normalized IS NULL"))
        .isZero();
    // 8 errors by encoding, and the 3 of them whose titles are garbled say so too (TITLE_GARBLED).
    assertThat(count("SELECT COUNT(*) FROM validation_finding WHERE severity = 'ERROR'")).isEqualTo(11);
    assertThat(count("SELECT COUNT(*) FROM validation_finding WHERE code = 'TITLE_GARBLED'")).isEqualTo(3);
    assertThat(count("SELECT COUNT(*) FROM validation_finding")).isEqualTo(118);
    // The one record without holdings (HOLDINGS_MISSING) is among the quarantined ones.
    assertThat(count("SELECT COUNT(DISTINCT record_id) FROM holding")).isEqualTo(92);
    assertThat(
            count(
                "SELECT COUNT(*) FROM validation_finding f JOIN bib_record r ON r.id = f.record_id"
                    + " WHERE f.code = 'HOLDINGS_MISSING' AND r.status = 'QUARANTINED'"))
        .isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void sameFileTwiceCreatesNothingNew(String db) throws Exception {
    setUp(db);
    byte[] file = Fixtures.bytes("marc4j/chabon.mrc");
    load(file, "chabon.mrc", CatalogIndexer.NONE);

    UploadBatch again = load(file, "chabon-again.mrc", CatalogIndexer.NONE);

    assertThat(again.status()).isEqualTo(BatchStatus.DUPLICATE_FILE);
    assertThat(again.message()).startsWith("The same file was already loaded as batch ");
    assertThat(count("SELECT COUNT(*) FROM bib_record")).isEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void byteIdenticalRecordsFromTheSameLibraryAreNotStoredTwice(String db) throws Exception {
    setUp(db);
    byte[] one = Fixtures.bytes("marc4j/chabon.mrc");
    byte[] twice = new byte[one.length * 2];
    System.arraycopy(one, 0, twice, 0, one.length);
    System.arraycopy(one, 0, twice, one.length, one.length);

    UploadBatch done = load(twice, "chabon-twice.mrc", CatalogIndexer.NONE);

    assertThat(done.recordsDone()).isEqualTo(4);
    assertThat(done.accepted()).isEqualTo(2);
    assertThat(done.unchanged()).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM bib_record")).isEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void newVersionReplacesTheLibrarysRecordWithTheSame001AndDeletionRemovesIt(String db)
      throws Exception {
    setUp(db);
    load(file(book("rec-1", "First title", 'n'), book("rec-2", "Second", 'n')), "v1.mrc",
        CatalogIndexer.NONE);
    long id = count("SELECT id FROM bib_record WHERE local_id = 'rec-1'");

    UploadBatch v2 = load(file(book("rec-1", "First title, corrected", 'c')), "v2.mrc",
        CatalogIndexer.NONE);
    UploadBatch del = load(file(book("rec-2", "Second", 'd')), "del.mrc", CatalogIndexer.NONE);

    assertThat(v2.replaced()).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM bib_record WHERE local_id = 'rec-1'")).isEqualTo(1);
    assertThat(text("SELECT title FROM bib_record WHERE id = " + id)).isEqualTo("First title, corrected");
    assertThat(count("SELECT COUNT(*) FROM holding WHERE record_id = " + id)).isEqualTo(1);
    assertThat(del.deletions()).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM bib_record WHERE local_id = 'rec-2' AND status = 'ACTIVE'"))
        .isZero();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void deletionWithdrawsTheLibraryFromASharedRecordAndLeavesAMergedCopysHoldingsAlone(String db)
      throws Exception {
    setUp(db);
    MemberLibrary bc = new LibraryStore(ds).add(LibrarySettings.withDefaults("BC", "Boston College"));
    load(file(book("rec-1", "Shared title", 'n'), book("rec-2", "Merged title", 'n'),
        book("rec-3", "Own title", 'n')), "v1.mrc", CatalogIndexer.NONE);
    UploadBatch bcBatch = new BatchStore(ds).create(bc, "tester", "bc.mrc", 1, "bc");
    byte[] bcFile = file(book("bc-1", "Merged title", 'n'));
    new BatchLoader(ds, CatalogIndexer.NONE, 20, 2).load(bcBatch.id(), bc,
        () -> new ByteArrayInputStream(bcFile), ReadOptions.detect(), LoadProgress.NONE);
    long shared = count("SELECT id FROM bib_record WHERE local_id = 'rec-1'");
    long mergedCopy = count("SELECT id FROM bib_record WHERE local_id = 'rec-2'");
    long own = count("SELECT id FROM bib_record WHERE local_id = 'rec-3'");
    long bcRecord = count("SELECT id FROM bib_record WHERE local_id = 'bc-1'");
    // What merges leave behind: BC's items on BU's record rec-1 (kept), and BU's rec-2 merged into
    // BC's record, its holding moved there.
    execute("INSERT INTO holding (record_id, library_id, call_number, barcode) VALUES ("
        + shared + ", " + bc.id() + ", 'QA76 .S5', 'bc-0001')");
    execute("UPDATE bib_record SET status = 'MERGED', merged_into = " + bcRecord
        + " WHERE id = " + mergedCopy);
    execute("UPDATE holding SET record_id = " + bcRecord + " WHERE record_id = " + mergedCopy);
    List<Long> removed = new java.util.ArrayList<>();
    List<org.unioncat.ingest.index.IndexedRecord> reindexed = new java.util.ArrayList<>();
    CatalogIndexer recording = new CatalogIndexer() {
      @Override
      public void indexChunk(MemberLibrary library, List<org.unioncat.ingest.store.RecordStore.Stored> active,
          List<Long> gone) {
        removed.addAll(gone);
      }

      @Override
      public void reindex(List<org.unioncat.ingest.index.IndexedRecord> records) {
        reindexed.addAll(records);
      }
    };

    UploadBatch del = load(file(book("rec-1", "Shared title", 'd'), book("rec-2", "Merged title", 'd'),
        book("rec-3", "Own title", 'd')), "del.mrc", recording);

    assertThat(del.deletions()).isEqualTo(3);
    // Shared: stays for BC; BU's item on it is gone, BC's stays; its document now lists BC only.
    assertThat(text("SELECT status FROM bib_record WHERE id = " + shared)).isEqualTo("ACTIVE");
    assertThat(count("SELECT COUNT(*) FROM holding WHERE record_id = " + shared)).isEqualTo(1);
    assertThat(text("SELECT barcode FROM holding WHERE record_id = " + shared)).isEqualTo("bc-0001");
    assertThat(reindexed).extracting(r -> r.recordId() + " " + r.holdingLibraries())
        .containsExactly(shared + " [BC]");
    // The merged copy: nothing deleted; BU's item stays on BC's record, where it moved.
    assertThat(text("SELECT status FROM bib_record WHERE id = " + mergedCopy)).isEqualTo("MERGED");
    assertThat(count("SELECT COUNT(*) FROM holding WHERE record_id = " + bcRecord
        + " AND library_id = " + bu.id())).isEqualTo(1);
    // Held by nobody else: deleted as before.
    assertThat(text("SELECT status FROM bib_record WHERE id = " + own)).isEqualTo("DELETED");
    assertThat(removed).containsExactly(own);
    // The library is told what happened to each request.
    assertThat(text("SELECT args FROM validation_finding WHERE batch_id = " + del.id()
        + " AND code = 'DELETION_KEPT_FOR_OTHER_HOLDINGS'")).isEqualTo("[\"" + shared + "\",\"1\",\"1\"]");
    assertThat(text("SELECT args FROM validation_finding WHERE batch_id = " + del.id()
        + " AND code = 'DELETION_OF_MERGED_RECORD'")).isEqualTo("[\"" + bcRecord + "\"]");
    assertThat(count("SELECT COUNT(*) FROM validation_finding WHERE batch_id = " + del.id()
        + " AND code = 'RECORD_DELETED'")).isEqualTo(3);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void interruptedBatchResumesWithoutDuplicatesAndEndsLikeAnUninterruptedOne(String db)
      throws Exception {
    setUp(db);
    byte[] file = Fixtures.bytes("catmandu/bu_bibs.mrc");
    UploadBatch batch = new BatchStore(ds).create(bu, "tester", "bu.mrc", file.length, ContentHash.of(file));
    AtomicInteger chunks = new AtomicInteger();
    CatalogIndexer crashAfterTwoChunks =
        (library, active, removed) -> {
          if (chunks.incrementAndGet() == 2) {
            throw new IllegalStateException("simulated crash after the second chunk");
          }
        };

    assertThatThrownBy(
            () -> new BatchLoader(ds, crashAfterTwoChunks, 20, 2)
                .load(batch.id(), bu, () -> new ByteArrayInputStream(file), ReadOptions.detect(),
                    LoadProgress.NONE))
        .hasMessage("simulated crash after the second chunk");
    UploadBatch failed = new BatchStore(ds).find(batch.id()).orElseThrow();
    assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
    assertThat(failed.lastOrdinal()).isEqualTo(40);
    assertThat(count("SELECT COUNT(*) FROM bib_record")).isEqualTo(40);

    UploadBatch resumed =
        new BatchLoader(ds, CatalogIndexer.NONE, 20, 2)
            .load(batch.id(), bu, () -> new ByteArrayInputStream(file), ReadOptions.detect(),
                LoadProgress.NONE);

    assertThat(resumed.status()).isEqualTo(BatchStatus.DONE);
    assertThat(resumed.recordsDone()).isEqualTo(100);
    assertThat(resumed.accepted()).isEqualTo(92);
    assertThat(resumed.rejected()).isEqualTo(8);
    assertThat(count("SELECT COUNT(*) FROM bib_record")).isEqualTo(100);
    assertThat(count("SELECT COUNT(DISTINCT ordinal) FROM bib_record")).isEqualTo(100);
    assertThat(count("SELECT COUNT(*) FROM validation_finding")).isEqualTo(118);
  }

  private static MarcRecord book(String id, String title, char status) {
    return new MarcRecord(
        new Leader("00000" + status + "am a2200000 a 4500"),
        List.of(
            new ControlField("001", id),
            new ControlField("008", "200101s2019    xxu           000 0 eng d"),
            DataField.of("245", '1', '0', 'a', title),
            DataField.of("260", ' ', ' ', 'a', "Boston :", 'b', "Test Press,", 'c', "2019."),
            DataField.of("852", ' ', ' ', 'h', "PS3553", 'i', ".A1 2019", 'p', "39999000" + id)));
  }

  private static byte[] file(MarcRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (MarcRecord r : records) {
      out.write(Iso2709Writer.toBytes(r, MarcFlavour.MARC21));
    }
    return out.toByteArray();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private byte[] rawInOrder() throws SQLException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT raw_marc FROM bib_record ORDER BY ordinal")) {
      while (rs.next()) {
        out.write(rs.getBytes(1));
      }
    }
    return out.toByteArray();
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private String text(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

}
