package org.unioncat.api.web.check;

import java.util.List;
import java.util.Locale;
import org.unioncat.api.check.CheckReport;
import org.unioncat.batch.report.Csv;
import org.unioncat.api.web.Texts;

/**
 * The check report as CSV for the vendor's own tools: one row per finding and one per duplicate
 * candidate, with the record's number and 001, in the page's language.
 */
final class CheckReportCsv {
  static final String HEADER =
      "record_no,local_id,title,kind,severity_or_verdict,code_or_record_id,field_or_library,score,cause,message";

  private CheckReportCsv() {}

  static String write(CheckReport report, Locale locale) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (CheckReport.RecordCheck r : report.records()) {
      for (CheckReport.CheckedFinding f : r.findings()) {
        row(out, List.of(String.valueOf(r.recordNo()), nz(r.localId()), nz(r.title()), "finding",
            f.severity(), f.code(), nz(f.field()), "", "",
            Texts.pick(locale, f.messageEn(), f.messageZh())));
      }
      for (CheckReport.Duplicate d : r.duplicates()) {
        row(out, List.of(String.valueOf(r.recordNo()), nz(r.localId()), nz(r.title()), "duplicate",
            d.verdict(), String.valueOf(d.recordId()), nz(d.library()), String.valueOf(d.score()),
            d.cause() == null ? "" : String.valueOf(d.cause()),
            Texts.pick(locale, d.explanationEn(), d.explanationZh())));
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(Csv.cell(cells.get(i)));
    }
    out.append('\n');
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
