package org.unioncat.api.report;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.unioncat.api.upload.RequestParams;
import org.unioncat.audit.AuditEvent;
import org.unioncat.batch.report.CorrectionReports;
import org.unioncat.batch.report.CorrectionRow;
import org.unioncat.batch.report.MarkStatus;
import org.unioncat.batch.report.ReportFormat;
import org.unioncat.batch.report.ReportHeader;
import org.unioncat.batch.report.ReportLanguage;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.error.NotFoundException;
import org.unioncat.ingest.audit.JdbcAuditTrail;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;

/**
 * A member library's correction report and its marks. The latest finished run's report (or a
 * given run's) is built on first request when the nightly job has not built it.
 */
@RestController
@RequestMapping("/api/libraries/{code}/reports")
class ReportsController {
  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();
  private final CorrectionReports reports;
  private final LibraryStore libraries;
  private final JdbcAuditTrail audit;

  ReportsController(CorrectionReports reports, LibraryStore libraries, JdbcAuditTrail audit) {
    this.reports = reports;
    this.libraries = libraries;
    this.audit = audit;
  }

  /** The report: {@code format} csv, xlsx, html or json; {@code lang} overrides the library's. */
  @GetMapping("/latest")
  ResponseEntity<StreamingResponseBody> latest(
      @PathVariable String code,
      @RequestParam(value = "format", defaultValue = "json") String format,
      @RequestParam(value = "lang", required = false) String lang,
      @RequestParam(value = "run", required = false) Long run) {
    MemberLibrary library = libraries.require(RequestParams.libraryCode(code));
    ReportFormat f = parse(() -> ReportFormat.parse(format), "format", format);
    ReportLanguage l = lang == null ? null : parse(() -> ReportLanguage.parse(lang), "lang", lang);
    long runId = reports.resolveRun(run);
    ReportHeader header = reports.header(library, runId, l);
    String file = "corrections-" + library.code().value() + "-run" + runId + "." + f.extension();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            (f == ReportFormat.HTML || f == ReportFormat.JSON ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(file).build().toString())
        .body(out -> reports.write(header, f, out));
  }

  /** Marks a row FIXED, DISPUTED or OPEN, with an optional note; the mark follows the row's key. */
  @PostMapping("/rows/{rowId}/mark")
  Map<String, Object> mark(@PathVariable String code, @PathVariable long rowId,
      @RequestBody Map<String, String> body, Principal principal) {
    MemberLibrary library = libraries.require(RequestParams.libraryCode(code));
    String status = body == null ? null : body.get("status");
    MarkStatus s = parse(() -> MarkStatus.parse(status), "status", status);
    CorrectionRow row = reports.store().row(rowId)
        .filter(r -> r.library().equals(library.code().value()))
        .orElseThrow(() -> new NotFoundException(
            "Library " + library.code().value() + " has no report row " + rowId + ".",
            "成员馆 " + library.code().value() + " 的报告中没有第 " + rowId + " 行。"));
    String note = body.get("note");
    String actor = principal == null ? "anonymous" : principal.getName();
    reports.store().mark(row, s, note, actor, c -> audit.record(c, new AuditEvent(actor,
        "REPORT_ROW_MARKED", "report-row:" + row.rowKey(), row.library(),
        JSON.writeValueAsString(Map.of("status", s.name(), "note", note == null ? "" : note)))));
    CorrectionRow marked = reports.store().row(rowId).orElseThrow();
    return Map.of("row_id", rowId, "row_key", marked.rowKey(), "status", marked.mark().name(),
        "note", marked.markNote() == null ? "" : marked.markNote());
  }

  private static <T> T parse(java.util.function.Supplier<T> parser, String what, String value) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage(),
          "参数 " + what + " 的值 \"" + value + "\" 无效：" + zhChoices(what));
    }
  }

  private static String zhChoices(String what) {
    switch (what.toLowerCase(Locale.ROOT)) {
      case "format":
        return "应为 csv、xlsx、html 或 json。";
      case "lang":
        return "应为 en 或 zh。";
      default:
        return "应为 FIXED、DISPUTED 或 OPEN。";
    }
  }
}
