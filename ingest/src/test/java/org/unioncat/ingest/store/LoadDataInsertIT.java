package org.unioncat.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.unioncat.config.LibrarySettings;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.load.BatchLoader;
import org.unioncat.ingest.load.CatalogIndexer;
import org.unioncat.ingest.load.ContentHash;
import org.unioncat.ingest.load.LoadProgress;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.write.Iso2709Writer;

/**
 * The LOAD DATA path writes exactly the rows the batched-INSERT path writes: the same uploads
 * (real MARC-8 and UTF-8 files with quarantined records, holdings and findings, Chinese
 * records, and text full of the characters LOAD DATA escapes) are loaded into a fresh MariaDB
 * catalog once per path, and every column of every record, holding, finding and batch row is
 * compared, except the timestamps and the generated ids of records, holdings and findings: LOAD
 * DATA does not know its row count in advance, so InnoDB reserves auto-increment values for it in
 * growing blocks and the unused rest of the last block is skipped (ids stay unique and increasing
 * in file order, with gaps; the loader reads them back by batch and ordinal anyway). Holdings and
 * findings are compared with the (batch, ordinal) of the record they belong to instead.
 */
class LoadDataInsertIT {

  @Test
  void loadDataWritesTheSameRowsAsBatchedInserts() throws Exception {
    List<String> batched = loadAndDump("mariadb");
    List<String> loadData = loadAndDump("mariadb-load-data");

    assertThat(batched).hasSizeGreaterThan(400);
    for (int i = 0; i < Math.min(batched.size(), loadData.size()); i++) {
      // Row by row, so a failure names the first differing row rather than printing them all.
      assertThat(readable(loadData.get(i))).as("row %d", i).isEqualTo(readable(batched.get(i)));
    }
    assertThat(loadData).hasSameSizeAs(batched);
  }

  @Test
  void theLoadDataPathIsTakenOnlyWhenTheUrlAllowsLocalInfile() throws Exception {
    try (Connection c = TestDatabases.fresh("mariadb-load-data").getConnection()) {
      assertThat(LoadDataInsert.usable(c)).isTrue();
    }
    try (Connection c = TestDatabases.fresh("mariadb").getConnection()) {
      assertThat(LoadDataInsert.usable(c)).isFalse();
    }
    try (Connection c = TestDatabases.fresh("h2").getConnection()) {
      assertThat(LoadDataInsert.usable(c)).isFalse();
    }
  }

  @Test
  void aRowTheServerSkipsFailsTheChunkInsteadOfLosingIt() throws Exception {
    DataSource ds = TestDatabases.fresh("mariadb-load-data");
    NewRows bad = new NewRows("holding", List.of(NewRows.number("record_id"), NewRows.number("library_id")));
    bad.add(999_999L, 999_999L); // no such record or library: the foreign keys refuse the row
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> LoadDataInsert.write(c, bad))
          .isInstanceOf(SQLException.class);
      c.rollback();
    }
  }

  private static List<String> loadAndDump(String db) throws Exception {
    DataSource ds = TestDatabases.fresh(db);
    MemberLibrary bu = new LibraryStore(ds).add(LibrarySettings.withDefaults("BU", "Boston University"));
    load(ds, bu, Fixtures.bytes("catmandu/bu_bibs.mrc"), "bu_bibs.mrc");
    load(ds, bu, Fixtures.bytes("solrmarc/uva_001_2000.mrc"), "uva.mrc");
    load(ds, bu, Fixtures.bytes("dp2/sample_cnmarcxml.xml"), "cn.xml");
    load(ds, bu, escapes(), "escapes.mrc");
    List<String> out = new ArrayList<>();
    dump(ds, "SELECT * FROM bib_record ORDER BY id", out);
    // Rows that point at a record name it by (batch, ordinal): see the class comment on ids.
    dump(ds, "SELECT h.*, r.batch_id AS of_batch, r.ordinal AS of_ordinal FROM holding h"
        + " JOIN bib_record r ON r.id = h.record_id ORDER BY h.id", out);
    dump(ds, "SELECT f.*, r.batch_id AS of_batch, r.ordinal AS of_ordinal FROM validation_finding f"
        + " LEFT JOIN bib_record r ON r.id = f.record_id ORDER BY f.id", out);
    dump(ds, "SELECT * FROM upload_batch ORDER BY id", out);
    return out;
  }

  private static void load(DataSource ds, MemberLibrary library, byte[] file, String name)
      throws IOException {
    UploadBatch batch =
        new BatchStore(ds).create(library, "tester", name, file.length, ContentHash.of(file));
    new BatchLoader(ds, CatalogIndexer.NONE, 200, 2)
        .load(batch.id(), library, () -> new ByteArrayInputStream(file), ReadOptions.detect(),
            LoadProgress.NONE);
  }

  /** Records whose text holds what LOAD DATA must escape: backslashes, "\N", tabs, "\0". */
  private static byte[] escapes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] titles = {"Back\\slash \\N and \\0", "Tab\there", "Ends with a backslash\\", "\\N"};
    for (int i = 0; i < titles.length; i++) {
      MarcRecord r =
          new MarcRecord(
              new Leader("00000nam a2200000 a 4500"),
              List.of(
                  new ControlField("001", "esc\\" + i),
                  new ControlField("008", "200101s2019    xxu           000 0 eng d"),
                  DataField.of("245", '1', '0', 'a', titles[i]),
                  DataField.of("260", ' ', ' ', 'a', "Boston :", 'b', "Test\\Press,", 'c', "2019."),
                  DataField.of("852", ' ', ' ', 'h', "PS\\3553", 'p', "3999\t" + i)));
      out.write(Iso2709Writer.toBytes(r, MarcFlavour.MARC21));
    }
    return out.toByteArray();
  }

  /** A dumped row with short values as text, to read a failure. */
  private static String readable(String row) {
    StringBuilder out = new StringBuilder();
    for (String part : row.split(";")) {
      int eq = part.indexOf('=');
      String value = part.substring(eq + 1);
      if (eq > 0 && !value.equals("NULL")) {
        value = new String(HexFormat.of().parseHex(value), java.nio.charset.StandardCharsets.UTF_8);
      }
      out.append(eq > 0 ? part.substring(0, eq + 1) : "").append(value).append('\n');
    }
    return out.toString();
  }

  private static void dump(DataSource ds, String sql, List<String> out) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        StringBuilder row = new StringBuilder(md.getTableName(1)).append(':');
        for (int i = 1; i <= md.getColumnCount(); i++) {
          String column = md.getColumnLabel(i);
          if (column.endsWith("_at") || column.equals("id") || column.equals("record_id")) {
            continue; // when, not what; generated ids (see above)
          }
          byte[] value = rs.getBytes(i);
          row.append(column).append('=')
              .append(value == null ? "NULL" : HexFormat.of().formatHex(value)).append(';');
        }
        out.add(row.toString());
      }
    }
  }
}
