package org.unioncat.api.web.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncat.audit.AuditEvent;
import org.unioncat.audit.AuditTrail;
import org.unioncat.batch.report.CorrectionReports;
import org.unioncat.batch.report.CorrectionRow;
import org.unioncat.batch.report.MarkStatus;
import org.unioncat.batch.report.ReportLanguage;
import org.unioncat.batch.report.RunRows;
import org.unioncat.error.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library page's data from the correction reports ({@link CorrectionReports}): the latest
 * run's report (built on first request when the nightly job has not built it), marks written
 * with their audit entry in one transaction, and per month the state of the month's last report:
 * items to correct, and how many of them the library marked fixed or disputed.
 */
final class CorrectionLibraryReports implements LibraryReports {
  /** Rows shown on the page; the full report is a download. */
  static final int MAX_ROWS = 500;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final CorrectionReports reports;
  private final AuditTrail audit;
  private final JdbcClient jdbc;

  CorrectionLibraryReports(CorrectionReports reports, AuditTrail audit, JdbcClient jdbc) {
    this.reports = reports;
    this.audit = audit;
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Report> latest(String libraryCode, Locale locale) {
    Optional<Long> run = reports.latestRun();
    if (run.isEmpty()) {
      return Optional.empty();
    }
    long runId = reports.resolveRun(run.get());
    ReportLanguage lang = ReportLanguage.of(locale);
    List<Item> items = new ArrayList<>();
    long[] total = {0};
    reports.store().rows(runId, libraryCode, row -> {
      if (total[0]++ < MAX_ROWS) {
        items.add(
            new Item(
                String.valueOf(row.id()), row.recordId(), row.localId(), row.cause(),
                row.causeLabel(lang), row.evidence(lang), row.action(lang),
                Mark.valueOf(row.mark().name()), row.markNote()));
      }
    });
    return Optional.of(new Report(runId, total[0], items));
  }

  @Override
  public boolean marksAvailable() {
    return true;
  }

  @Override
  public void mark(String libraryCode, String itemId, Mark mark, String comment, String user) {
    long rowId;
    try {
      rowId = Long.parseLong(itemId);
    } catch (NumberFormatException e) {
      rowId = -1;
    }
    long id = rowId;
    CorrectionRow row =
        reports.store().row(id)
            .filter(r -> r.library().equals(libraryCode))
            .orElseThrow(() -> new NotFoundException(
                "Library " + libraryCode + " has no report item " + itemId + ".",
                "成员馆 " + libraryCode + " 的报告中没有条目 " + itemId + "。"));
    MarkStatus status = MarkStatus.valueOf(mark.name());
    Map<String, String> detail = new LinkedHashMap<>();
    detail.put("status", status.name());
    detail.put("note", comment == null ? "" : comment);
    reports.store().mark(row, status, comment, user, c -> audit.record(c, new AuditEvent(user,
        "REPORT_ROW_MARKED", "report-row:" + row.rowKey(), row.library(),
        JSON.writeValueAsString(detail))));
  }

  @Override
  public List<String> seriesKeys() {
    return List.of("library.series.items", "library.series.fixed", "library.series.disputed");
  }

  /**
   * One point per month: the month's last run with a built report (runs are few, one a night),
   * then one indexed count per chosen run.
   */
  @Override
  public List<Month> monthly(String libraryCode, int months) {
    Map<String, Long> lastRunOfMonth = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT r.id, r.finished_at FROM dedup_run r JOIN correction_build b ON b.run_id = r.id"
                + " WHERE b.status = 'DONE' AND r.finished_at IS NOT NULL ORDER BY r.id")
        .query(rs -> {
          String month = rs.getTimestamp(2).toInstant().toString().substring(0, 7);
          lastRunOfMonth.put(month, rs.getLong(1));
        });
    List<Map.Entry<String, Long>> chosen = new ArrayList<>(lastRunOfMonth.entrySet());
    chosen = chosen.subList(Math.max(0, chosen.size() - months), chosen.size());
    List<Month> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : chosen) {
      out.add(
          jdbc.sql(
                  "SELECT COUNT(*), SUM(CASE WHEN k.status = 'FIXED' THEN 1 ELSE 0 END),"
                      + " SUM(CASE WHEN k.status = 'DISPUTED' THEN 1 ELSE 0 END)"
                      + " FROM " + RunRows.from("c")
                      + " LEFT JOIN correction_mark k ON k.row_key = c.row_key"
                      + " WHERE " + RunRows.run("c") + " = ? AND cs.library_code = ?")
              .params(e.getValue(), libraryCode)
              .query((rs, i) -> new Month(e.getKey(), List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))))
              .single());
    }
    return out;
  }
}
