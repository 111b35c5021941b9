package org.unioncat.batch.report;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.unioncat.dedup.run.ProgressListener;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;

/**
 * Time to build and write every library's correction report for a 100,000-record catalog on
 * MariaDB. Not a test: {@code bench/run org.unioncat.batch.report.ReportBenchmark [RECORDS]
 * [LIBRARIES] [JDBC-URL]} (default 100000, 100, the test_rep database; the database is wiped).
 *
 * <p>The catalog and its run are written straight into the tables with the shape a real run of
 * the detector leaves (measured on generated catalogs: about 30% of records in clusters, 4%
 * findings, 3% with an upload finding that reaches the report): the benchmark measures the
 * report step, not loading or detection (see docs/benchmarks.md for those).
 */
public final class ReportBenchmark {
  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int libraries = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    String url = args.length > 2 ? args[2] : "jdbc:mysql://127.0.0.1:3306/test_rep";
    MysqlDataSource ds = new MysqlDataSource();
    ds.setURL(url + "?rewriteBatchedStatements=true&characterEncoding=UTF-8&useSSL=false"
        + "&allowPublicKeyRetrieval=true");
    ds.setUser("root");
    ds.setPassword("");
    Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
        .cleanDisabled(false).load();
    flyway.clean();
    flyway.migrate();

    long t0 = System.nanoTime();
    long run = fill(ds, records, libraries);
    System.out.printf(Locale.ROOT, "filled %d records, %d libraries in %.1f s%n", records,
        libraries, (System.nanoTime() - t0) / 1e9);

    CorrectionReports reports = new CorrectionReports(ds);
    long t1 = System.nanoTime();
    CorrectionReports.BuildResult built = reports.writeForRun(run, ProgressListener.NONE);
    double build = (System.nanoTime() - t1) / 1e9;
    System.out.printf(Locale.ROOT, "build: %d rows for %d libraries in %.2f s (%.0f rows/s)%n",
        built.rows(), built.libraries(), build, built.rows() / build);
    long t2 = System.nanoTime();
    reports.writeForRun(run, ProgressListener.NONE);
    System.out.printf(Locale.ROOT, "rebuild (idempotent, delete then insert): %.2f s%n",
        (System.nanoTime() - t2) / 1e9);

    Path dir = Files.createTempDirectory("unioncat-reports");
    for (ReportFormat format : ReportFormat.values()) {
      long t = System.nanoTime();
      long bytes = 0;
      for (MemberLibrary lib : new LibraryStore(ds).findAll()) {
        Path file = dir.resolve(lib.code().value() + "." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
          reports.write(reports.header(lib, run, null), format, out);
        }
        bytes += Files.size(file);
        Files.delete(file);
      }
      System.out.printf(Locale.ROOT, "write all %-4s: %.2f s, %.1f MB%n", format.extension(),
          (System.nanoTime() - t) / 1e9, bytes / 1e6);
    }
    long t3 = System.nanoTime();
    new CenterSummary(ds).summary(run);
    System.out.printf(Locale.ROOT, "center summary: %.2f s%n", (System.nanoTime() - t3) / 1e9);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "peak heap (sum of pools' peaks): %d MB, -Xmx %d MB%n",
        peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    Files.delete(dir);
  }

  /** A catalog of {@code records} and one DONE run over it; returns the run's id. */
  private static long fill(MysqlDataSource ds, int records, int libraries) throws Exception {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement lib = c.prepareStatement(
              "INSERT INTO member_library (id, code, name, holdings_mapping) VALUES (?, ?, ?, '[]')");
          PreparedStatement batch = c.prepareStatement(
              "INSERT INTO upload_batch (id, library_id, uploaded_by, file_name, file_size, sha256,"
                  + " status) VALUES (?, ?, ?, 'f.mrc', 1, ?, 'DONE')")) {
        for (int l = 1; l <= libraries; l++) {
          lib.setLong(1, l);
          lib.setString(2, code(l));
          lib.setString(3, "Library " + l);
          lib.addBatch();
          batch.setLong(1, l);
          batch.setLong(2, l);
          batch.setString(3, l % 4 == 0 ? "vendor-" + (l % 3) : "cataloguer-" + l);
          batch.setString(4, String.format(Locale.ROOT, "%064d", l));
          batch.addBatch();
        }
        lib.executeBatch();
        batch.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO dedup_run (id, status, finished_at) VALUES (1, 'DONE', CURRENT_TIMESTAMP)");
      }
      try (PreparedStatement rec = c.prepareStatement(
              "INSERT INTO bib_record (id, library_id, batch_id, ordinal, local_id, flavour,"
                  + " container_format, raw_marc, content_hash, status, title)"
                  + " VALUES (?, ?, ?, ?, ?, 'MARC21', 'ISO2709', ?, ?, 'ACTIVE', ?)");
          PreparedStatement hold = c.prepareStatement(
              "INSERT INTO holding (record_id, library_id, call_number, barcode) VALUES (?, ?, ?, ?)");
          PreparedStatement cluster = c.prepareStatement(
              "INSERT INTO dedup_cluster (run_id, cluster_id, keep_record_id, size) VALUES (1, ?, ?, 2)");
          PreparedStatement member = c.prepareStatement(
              "INSERT INTO dedup_member (run_id, cluster_id, member_no, record_id, library_code,"
                  + " local_id, role, cause, score, explanation_en, explanation_zh, action_en,"
                  + " action_zh) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement finding = c.prepareStatement(
              "INSERT INTO dedup_finding (run_id, record_id, library_code, local_id, cause,"
                  + " related_record_id, detail_en, detail_zh, action_en, action_zh)"
                  + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement valid = c.prepareStatement(
              "INSERT INTO validation_finding (batch_id, record_id, record_no, local_id,"
                  + " byte_offset, code, severity, tag, subfield, args)"
                  + " VALUES (?, ?, ?, ?, 0, ?, 'WARNING', '020', 'a', ?)")) {
        byte[] raw = new byte[600];
        for (int id = 1; id <= records; id++) {
          int l = library(id, libraries);
          rec.setLong(1, id);
          rec.setLong(2, l);
          rec.setLong(3, l);
          rec.setLong(4, id);
          rec.setString(5, "L" + id);
          rec.setBytes(6, raw);
          rec.setString(7, String.format(Locale.ROOT, "%064d", id));
          rec.setString(8, "Title of book " + id);
          rec.addBatch();
          hold.setLong(1, id);
          hold.setLong(2, l);
          hold.setString(3, "PR" + (1000 + id % 8000) + " .A" + id % 97);
          hold.setString(4, "3" + (1_000_000_000L + id));
          hold.addBatch();
          if (id % 20 < 3 && id > 1) {
            // 15% of records duplicate the record before them (pairs: 30% of records clustered)
            int keep = id - 1;
            int keepLib = library(keep, libraries);
            cluster.setLong(1, keep);
            cluster.setLong(2, keep);
            cluster.addBatch();
            member(member, keep, 0, keep, keepLib, "KEEP", null, "", "keep this record");
            member(member, keep, 1, id, l, "DUPLICATE", 1 + id % 12 == 3 ? 1 : 1 + id % 9,
                "same ISBN-13 after folding 978000000" + id + "; title identical; year 2001 in both",
                "merge holdings into record " + keep + " (library " + code(keepLib) + ", 001 L"
                    + keep + ") and delete this record");
          } else if (id % 25 == 7) {
            finding.setLong(1, id);
            finding.setString(2, code(l));
            finding.setString(3, "L" + id);
            finding.setInt(4, 5);
            finding.setLong(5, id - 3);
            finding.setString(6, "copied from another edition: 250 says 2nd ed., 008 says 1999");
            finding.setString(7, "由其他版次复制：250 为第2版，008 为 1999");
            finding.setString(8, "send to the center: correct the stale fields");
            finding.setString(9, "提交中心：修改未更新的字段");
            finding.addBatch();
          } else if (id % 33 == 11) {
            valid.setLong(1, l);
            valid.setLong(2, id);
            valid.setLong(3, id);
            valid.setString(4, "L" + id);
            valid.setString(5, "ISBN_CHECKSUM");
            valid.setString(6, "[\"123456789X\"]");
            valid.addBatch();
          }
          if (id % 2000 == 0) {
            rec.executeBatch();
            hold.executeBatch();
            cluster.executeBatch();
            member.executeBatch();
            finding.executeBatch();
            valid.executeBatch();
            c.commit();
          }
        }
        rec.executeBatch();
        hold.executeBatch();
        cluster.executeBatch();
        member.executeBatch();
        finding.executeBatch();
        valid.executeBatch();
        c.commit();
      }
    }
    return 1;
  }

  private static void member(PreparedStatement ps, long cluster, int no, long record, int lib,
      String role, Integer cause, String explanation, String action) throws Exception {
    ps.setLong(1, cluster);
    ps.setInt(2, no);
    ps.setLong(3, record);
    ps.setString(4, code(lib));
    ps.setString(5, "L" + record);
    ps.setString(6, role);
    if (cause == null) {
      ps.setNull(7, java.sql.Types.INTEGER);
    } else {
      ps.setInt(7, cause);
    }
    ps.setDouble(8, cause == null ? 1.0 : 0.97);
    ps.setString(9, explanation);
    ps.setString(10, explanation.isEmpty() ? "" : "折算后 ISBN-13 相同；题名相同；出版年均为 2001");
    ps.setString(11, action);
    ps.setString(12, cause == null ? "保留本记录" : "将馆藏合并到记录 " + cluster + "，然后删除本记录");
    ps.addBatch();
  }

  /** Records spread over the libraries by a hash of the id (every library gets every kind). */
  private static int library(long id, int libraries) {
    return 1 + (int) (((id * 2654435761L) >>> 8) % libraries);
  }

  private static String code(int l) {
    return String.format(Locale.ROOT, "LIB%03d", l);
  }
}
