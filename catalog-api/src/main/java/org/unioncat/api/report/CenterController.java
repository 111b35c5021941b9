package org.unioncat.api.report;

import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.unioncat.batch.report.CenterSummary;
import org.unioncat.batch.report.CorrectionReports;
import org.unioncat.batch.report.ReportLanguage;
import org.unioncat.batch.report.SummaryWriter;
import org.unioncat.error.InvalidRequestException;

/** The union catalog center's view: a run's summary, and the monthly trends. */
@RestController
@RequestMapping("/api/center")
class CenterController {
  private final CorrectionReports reports;
  private final CenterSummary summary;

  CenterController(CorrectionReports reports, CenterSummary summary) {
    this.reports = reports;
    this.summary = summary;
  }

  /**
   * {@code run}: a run id or "latest"; or {@code month} (YYYY-MM, UTC) for a month's summary;
   * {@code format}: json, csv or html.
   */
  @GetMapping("/summary")
  ResponseEntity<StreamingResponseBody> summary(
      @RequestParam(value = "run", defaultValue = "latest") String run,
      @RequestParam(value = "month", required = false) String month,
      @RequestParam(value = "format", defaultValue = "json") String format,
      @RequestParam(value = "lang", defaultValue = "en") String lang) {
    Long runId;
    if (run.equalsIgnoreCase("latest")) {
      runId = null;
    } else {
      try {
        runId = Long.parseLong(run.trim());
      } catch (NumberFormatException e) {
        throw new InvalidRequestException("run must be a run id or \"latest\", was \"" + run + "\"",
            "run 应为查重批次编号或 \"latest\"，实际为 \"" + run + "\"");
      }
    }
    ReportLanguage l = language(lang);
    String f = format.toLowerCase(Locale.ROOT);
    CenterSummary.RunSummary s;
    if (month != null) {
      java.time.YearMonth m;
      try {
        m = java.time.YearMonth.parse(month.trim());
      } catch (java.time.format.DateTimeParseException e) {
        throw new InvalidRequestException("month must be YYYY-MM, was \"" + month + "\"",
            "month 应为 YYYY-MM 格式，实际为 \"" + month + "\"");
      }
      reports.latestRun().ifPresent(reports::ensureBuilt);
      s = summary.monthSummary(m).orElseThrow(() -> new org.unioncat.error.NotFoundException(
          "No duplicate detection run with reports finished in " + m + ".",
          m + " 没有完成并生成报告的查重批次。"));
    } else {
      s = summary.summary(reports.resolveRun(runId));
    }
    switch (f) {
      case "json":
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
            .body(out -> SummaryWriter.json(s, out));
      case "csv":
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
            .body(out -> SummaryWriter.csv(s, out));
      case "html":
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html; charset=UTF-8"))
            .body(out -> SummaryWriter.html(s, l, out));
      default:
        throw badFormat(format, "json, csv or html", "json、csv 或 html");
    }
  }

  /** Month by month: {@code format} html (a chart and a table) or csv. */
  @GetMapping("/trends")
  ResponseEntity<StreamingResponseBody> trends(
      @RequestParam(value = "format", defaultValue = "html") String format,
      @RequestParam(value = "lang", defaultValue = "en") String lang) {
    ReportLanguage l = language(lang);
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("html") && !f.equals("csv")) {
      throw badFormat(format, "html or csv", "html 或 csv");
    }
    reports.latestRun().ifPresent(reports::ensureBuilt);
    var points = summary.trends();
    if (f.equals("csv")) {
      return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
          .body(out -> SummaryWriter.trendsCsv(points, out));
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html; charset=UTF-8"))
        .body(out -> SummaryWriter.trendsHtml(points, l, out));
  }

  private static ReportLanguage language(String lang) {
    try {
      return ReportLanguage.parse(lang);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage(), "lang 应为 en 或 zh，实际为 \"" + lang + "\"");
    }
  }

  private static InvalidRequestException badFormat(String format, String en, String zh) {
    return new InvalidRequestException("format must be " + en + ", was \"" + format + "\"",
        "format 应为 " + zh + "，实际为 \"" + format + "\"");
  }
}
