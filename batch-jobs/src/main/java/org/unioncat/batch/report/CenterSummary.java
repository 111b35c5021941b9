package org.unioncat.batch.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.unioncat.ingest.store.StoreException;

/**
 * The consortium's view of a run's reports: clusters and rows by cause, by library and by
 * uploader (users and vendors), what is new and what was resolved since the previous run, the
 * disputed rows; and the same numbers month by month for the trends. Computed from the stored
 * report rows ({@code correction_row}) and the run's clusters, with GROUP BY queries on indexed
 * columns.
 */
public final class CenterSummary {
  private final DataSource dataSource;

  public CenterSummary(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Counts under one key (a cause, a library, an uploader). */
  public record Counts(long clusters, long duplicates, long findings, long recordProblems,
      long disputed) {
    long rows() {
      return duplicates + findings + recordProblems;
    }
  }

  /**
   * One run's summary.
   *
   * @param runId the run
   * @param finishedAt when it finished
   * @param previousRunId the run compared with for new and resolved (0 when none)
   * @param total the run's counts
   * @param byCause per cause number (0 = none named)
   * @param byLibrary per library code
   * @param byUploader per uploader (user or vendor)
   * @param newRows rows not in the previous run
   * @param resolvedRows rows of the previous run no longer found
   * @param newClusters clusters not in the previous run
   * @param resolvedClusters clusters of the previous run no longer found
   * @param disputed the disputed rows (at most 1,000)
   * @param month for a month's summary, the month (the counts are its last run's, new and
   *     resolved are over the whole month); null for one run's
   */
  public record RunSummary(long runId, Instant finishedAt, long previousRunId, Counts total,
      Map<Integer, Counts> byCause, Map<String, Counts> byLibrary, Map<String, Counts> byUploader,
      long newRows, long resolvedRows, long newClusters, long resolvedClusters,
      List<CorrectionRow> disputed, YearMonth month) {}

  /** One month of the trends: the month's last run's state, and what changed over the month. */
  public record MonthPoint(YearMonth month, long lastRunId, int runs, Counts state, long newRows,
      long resolvedRows) {}

  public RunSummary summary(long runId) {
    try (Connection c = dataSource.getConnection()) {
      long previous = previousBuilt(c, runId);
      Map<Integer, Counts> byCause = new TreeMap<>();
      group(c, runId, "COALESCE(r.cause, 0)", rs -> rs.getInt(1)).forEach(byCause::put);
      Map<String, Counts> byLibrary = new TreeMap<>(group(c, runId, "r.library_code", rs -> rs.getString(1)));
      Map<String, Counts> byUploader = new TreeMap<>(
          group(c, runId, "COALESCE(r.uploaded_by, '')", rs -> rs.getString(1)));
      Counts total = group(c, runId, "'all'", rs -> rs.getString(1)).getOrDefault("all",
          new Counts(0, 0, 0, 0, 0));
      return new RunSummary(runId, finishedAt(c, runId), previous, total, byCause, byLibrary,
          byUploader, previous == 0 ? total.rows() : diffRows(c, runId, previous),
          previous == 0 ? 0 : diffRows(c, previous, runId),
          previous == 0 ? count(c, "SELECT COUNT(*) FROM dedup_cluster WHERE run_id = ?", runId)
              : diffClusters(c, runId, previous),
          previous == 0 ? 0 : diffClusters(c, previous, runId),
          new CorrectionStore(dataSource).disputed(runId, 1000), null);
    } catch (SQLException e) {
      throw new StoreException("summarizing duplicate detection run " + runId, e);
    }
  }

  /**
   * A month's summary (UTC): the state at the month's last run with reports, by cause, library
   * and uploader; new and resolved rows over all the month's runs; new and resolved clusters
   * between the last run before the month and the month's last run. Empty when the month has no
   * run with reports.
   */
  public java.util.Optional<RunSummary> monthSummary(YearMonth month) {
    java.util.Optional<MonthPoint> point =
        trends().stream().filter(p -> p.month().equals(month)).findFirst();
    if (point.isEmpty()) {
      return java.util.Optional.empty();
    }
    RunSummary last = summary(point.get().lastRunId());
    try (Connection c = dataSource.getConnection()) {
      long before = count(c, "SELECT COALESCE(MAX(b.run_id), 0) FROM correction_build b"
          + " JOIN dedup_run d ON d.id = b.run_id WHERE b.status = 'DONE' AND d.finished_at < ?",
          Timestamp.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
      long lastRun = last.runId();
      return java.util.Optional.of(new RunSummary(lastRun, last.finishedAt(), before, last.total(),
          last.byCause(), last.byLibrary(), last.byUploader(), point.get().newRows(),
          point.get().resolvedRows(),
          before == 0 ? count(c, "SELECT COUNT(*) FROM dedup_cluster WHERE run_id = ?", lastRun)
              : diffClusters(c, lastRun, before),
          before == 0 ? 0 : diffClusters(c, before, lastRun), last.disputed(), month));
    } catch (SQLException e) {
      throw new StoreException("summarizing the month " + month, e);
    }
  }

  private static long count(Connection c, String sql, Timestamp at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setTimestamp(1, at);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Month by month (UTC), over the runs whose reports are built. */
  public List<MonthPoint> trends() {
    try (Connection c = dataSource.getConnection()) {
      Map<YearMonth, List<Long>> runs = new TreeMap<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT b.run_id, d.finished_at FROM correction_build b JOIN dedup_run d"
              + " ON d.id = b.run_id WHERE b.status = 'DONE' ORDER BY b.run_id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp t = rs.getTimestamp(2);
          YearMonth m = YearMonth.from(t.toInstant().atZone(ZoneOffset.UTC));
          runs.computeIfAbsent(m, k -> new ArrayList<>()).add(rs.getLong(1));
        }
      }
      List<MonthPoint> out = new ArrayList<>();
      for (Map.Entry<YearMonth, List<Long>> e : runs.entrySet()) {
        long newRows = 0;
        long resolved = 0;
        for (long run : e.getValue()) {
          long prev = previousBuilt(c, run);
          if (prev != 0) {
            newRows += diffRows(c, run, prev);
            resolved += diffRows(c, prev, run);
          } else {
            newRows += count(c, "SELECT COUNT(*) FROM " + RunRows.from("r") + " WHERE "
                + RunRows.run("r") + " = ?", run);
          }
        }
        long last = e.getValue().get(e.getValue().size() - 1);
        Counts state = group(c, last, "'all'", rs -> rs.getString(1))
            .getOrDefault("all", new Counts(0, 0, 0, 0, 0));
        out.add(new MonthPoint(e.getKey(), last, e.getValue().size(), state, newRows, resolved));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("computing the monthly trends", e);
    }
  }

  @FunctionalInterface
  private interface KeyReader<K> {
    K read(ResultSet rs) throws SQLException;
  }

  private static <K> Map<K, Counts> group(Connection c, long runId, String key, KeyReader<K> reader)
      throws SQLException {
    Map<K, Counts> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + key + ", COUNT(DISTINCT CASE WHEN r.kind = 'DUPLICATE' THEN r.cluster_id END),"
            + " SUM(CASE WHEN r.kind = 'DUPLICATE' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.kind = 'FINDING' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.kind = 'RECORD' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN k.status = 'DISPUTED' THEN 1 ELSE 0 END)"
            + " FROM " + RunRows.from("r") + " LEFT JOIN correction_mark k ON k.row_key = r.row_key"
            + " WHERE " + RunRows.run("r") + " = ? GROUP BY " + key + " ORDER BY " + key)) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(reader.read(rs), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4),
              rs.getLong(5), rs.getLong(6)));
        }
      }
    }
    return out;
  }

  /** Rows of {@code run} whose key is not in {@code other}. */
  private static long diffRows(Connection c, long run, long other) throws SQLException {
    return count(c, "SELECT COUNT(*) FROM " + RunRows.from("r") + " WHERE " + RunRows.run("r")
        + " = ? AND NOT EXISTS (SELECT 1 FROM correction_row o JOIN correction_source os"
        + " ON os.run_id = ? AND os.library_code = o.library_code AND os.rows_run_id = o.run_id"
        + " WHERE o.row_key = r.row_key)", run, other);
  }

  private static long diffClusters(Connection c, long run, long other) throws SQLException {
    return count(c, "SELECT COUNT(*) FROM dedup_cluster k WHERE k.run_id = ? AND NOT EXISTS"
        + " (SELECT 1 FROM dedup_cluster o WHERE o.run_id = ? AND o.cluster_id = k.cluster_id)",
        run, other);
  }

  private static long previousBuilt(Connection c, long runId) throws SQLException {
    return count(c, "SELECT COALESCE(MAX(run_id), 0) FROM correction_build WHERE run_id < ?"
        + " AND status = 'DONE'", runId);
  }

  private static Instant finishedAt(Connection c, long runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT finished_at FROM dedup_run WHERE id = ?")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getTimestamp(1) != null ? rs.getTimestamp(1).toInstant() : null;
      }
    }
  }

  private static long count(Connection c, String sql, long... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setLong(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
