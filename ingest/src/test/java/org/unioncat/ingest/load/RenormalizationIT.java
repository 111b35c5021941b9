package org.unioncat.ingest.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unioncat.config.LibrarySettings;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.store.BatchStore;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.TestDatabases;
import org.unioncat.ingest.store.UploadBatch;

/**
 * Deriving the normalized views again after an upgrade: a view made by "older rules" (here, a
 * stored view whose title an older version read differently) is rewritten from the raw MARC, its
 * index document replaced and its change time moved; views that are current are left alone.
 */
class RenormalizationIT {

  static List<String> databases() {
    return TestDatabases.names();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void rewritesOnlyStaleViewsAndReindexesThem(String db) throws Exception {
    DataSource ds = TestDatabases.fresh(db);
    LibraryStore libraries = new LibraryStore(ds);
    MemberLibrary bu = libraries.add(LibrarySettings.withDefaults("BU", "Boston University"));
    byte[] file = Fixtures.bytes("catmandu/bu_bibs.mrc");
    UploadBatch batch = new BatchStore(ds).create(bu, "tester", "bu_bibs.mrc", file.length,
        ContentHash.of(file));
    new BatchLoader(ds, CatalogIndexer.NONE, 50, 2).load(batch.id(), bu,
        () -> new ByteArrayInputStream(file), ReadOptions.detect(), LoadProgress.NONE);
    CatalogQueries queries = new CatalogQueries(ds);
    Path dir = Files.createTempDirectory("renormalize-index");
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      IndexRebuild.run(queries, index, LoadProgress.NONE);
      Renormalization renormalization = new Renormalization(ds, queries, libraries.findAll());

      // Current views: nothing to do.
      Renormalization.Result nothing = renormalization.run(index, LoadProgress.NONE);
      assertThat(nothing).isEqualTo(new Renormalization.Result(92, 0, 0));

      // Two records whose stored views an older version made differently.
      long first = idOfNth(ds, 1);
      long second = idOfNth(ds, 40);
      String fresh1 = normalized(ds, first);
      String fresh2 = normalized(ds, second);
      assertThat(fresh1).contains("\"title_proper\":\"America without the death penalty\"");
      setNormalized(ds, first, fresh1.replace("America without the death penalty", "Zzstale title"));
      setNormalized(ds, second, fresh2.replace("\"key\":\"", "\"key\":\"old "));
      backdate(ds);
      IndexRebuild.run(queries, index, LoadProgress.NONE);
      index.refresh();
      assertThat(index.search("title:zzstale", 0, 10).total()).isEqualTo(1);

      List<Long> progress = new ArrayList<>();
      Renormalization.Result result =
          renormalization.run(index, (records, bytes) -> progress.add(records));
      index.refresh();

      assertThat(result).isEqualTo(new Renormalization.Result(92, 2, 0));
      assertThat(progress).containsExactly(92L);
      assertThat(normalized(ds, first)).isEqualTo(fresh1);
      assertThat(normalized(ds, second)).isEqualTo(fresh2);
      assertThat(changedSinceBackdate(ds)).containsExactly(first, second);
      assertThat(index.search("title:zzstale", 0, 10).total()).isZero();
      assertThat(index.search("title:\"america without the death penalty\"", 0, 10).hits())
          .extracting(h -> h.recordId()).containsExactly(first);
      // And again: nothing left to change.
      assertThat(renormalization.run(index, LoadProgress.NONE))
          .isEqualTo(new Renormalization.Result(92, 0, 0));
    }
  }

  private static long idOfNth(DataSource ds, int n) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT id FROM bib_record WHERE status = 'ACTIVE' ORDER BY id LIMIT 1 OFFSET " + (n - 1));
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String normalized(DataSource ds, long id) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT normalized FROM bib_record WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static void setNormalized(DataSource ds, long id, String json) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE bib_record SET normalized = ? WHERE id = ?")) {
      ps.setString(1, json);
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  /** Every record last changed a day ago, so a change by the renormalization stands out. */
  private static void backdate(DataSource ds) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE bib_record SET updated_at = TIMESTAMPADD(DAY, -1, CURRENT_TIMESTAMP)")) {
      ps.executeUpdate();
    }
  }

  private static List<Long> changedSinceBackdate(DataSource ds) throws Exception {
    List<Long> out = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT id FROM bib_record WHERE updated_at > TIMESTAMPADD(HOUR, -1, CURRENT_TIMESTAMP)"
                + " ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }
}
