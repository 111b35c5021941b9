package org.unioncat.api.web.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncat.api.web.Texts;
import org.unioncat.api.web.center.ClusterPageService;
import org.unioncat.api.web.center.DecisionUnavailableException;
import org.unioncat.dedup.Cause;

/**
 * The library page's data from what the catalog already holds, until the report service is wired
 * in: the latest detection run's items for the library (its records to merge away and its
 * findings), and per month the records it loaded and refused (from its upload batches). Marks are
 * not kept here.
 */
final class DetectorLibraryReports implements LibraryReports {
  private final JdbcClient jdbc;

  DetectorLibraryReports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Report> latest(String libraryCode, Locale locale) {
    Optional<Long> run =
        jdbc.sql("SELECT MAX(id) FROM dedup_run WHERE status = 'DONE'").query(Long.class).optional();
    if (run.isEmpty()) {
      return Optional.empty();
    }
    long runId = run.get();
    List<Item> items = new ArrayList<>();
    jdbc.sql(
            "SELECT cluster_id, record_id, local_id, cause, explanation_en, explanation_zh,"
                + " action_en, action_zh FROM dedup_member WHERE run_id = ? AND library_code = ?"
                + " AND role <> 'KEEP' ORDER BY record_id")
        .params(runId, libraryCode)
        .query(
            rs -> {
              int cause = rs.getInt(4);
              Integer c = rs.wasNull() ? null : cause;
              items.add(
                  new Item(
                      "m-" + rs.getLong(1) + "-" + rs.getLong(2), rs.getLong(2), rs.getString(3), c,
                      c == null ? "" : ClusterPageService.causeName(Cause.ofNumber(c), locale),
                      Texts.pick(locale, rs.getString(5), rs.getString(6)),
                      Texts.pick(locale, rs.getString(7), rs.getString(8)), Mark.OPEN, null));
            });
    jdbc.sql(
            "SELECT id, record_id, local_id, cause, detail_en, detail_zh, action_en, action_zh"
                + " FROM dedup_finding WHERE run_id = ? AND library_code = ? ORDER BY record_id, id")
        .params(runId, libraryCode)
        .query(
            rs -> {
              int c = rs.getInt(4);
              items.add(
                  new Item(
                      "f-" + rs.getLong(1), rs.getLong(2), rs.getString(3), c,
                      ClusterPageService.causeName(Cause.ofNumber(c), locale),
                      Texts.pick(locale, rs.getString(5), rs.getString(6)),
                      Texts.pick(locale, rs.getString(7), rs.getString(8)), Mark.OPEN, null));
            });
    String title =
        Texts.pick(locale, "Duplicate detection run " + runId, "第 " + runId + " 次查重");
    return Optional.of(new Report(title, items));
  }

  @Override
  public List<Month> monthly(String libraryCode, int months) {
    List<Month> out = new ArrayList<>();
    jdbc.sql(
            "SELECT YEAR(b.uploaded_at) AS y, MONTH(b.uploaded_at) AS m, SUM(b.accepted),"
                + " SUM(b.rejected), SUM(b.with_warnings) FROM upload_batch b"
                + " JOIN member_library l ON l.id = b.library_id WHERE l.code = ?"
                + " GROUP BY YEAR(b.uploaded_at), MONTH(b.uploaded_at)"
                + " ORDER BY y DESC, m DESC LIMIT ?")
        .params(libraryCode, months)
        .query(
            rs -> {
              out.add(
                  0,
                  new Month(
                      String.format(Locale.ROOT, "%04d-%02d", rs.getInt(1), rs.getInt(2)),
                      List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5))));
            });
    return out;
  }

  @Override
  public List<String> seriesKeys() {
    return List.of("library.series.accepted", "library.series.rejected", "library.series.warnings");
  }

  @Override
  public boolean marksAvailable() {
    return false;
  }

  @Override
  public void mark(String libraryCode, String itemId, Mark mark, String comment, String user) {
    throw new DecisionUnavailableException("Marking report items", "标记报告条目");
  }
}
