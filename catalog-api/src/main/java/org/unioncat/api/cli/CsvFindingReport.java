package org.unioncat.api.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.unioncat.batch.report.Csv;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.normalize.Correction;
import org.unioncat.ingest.validate.FileSummary;
import org.unioncat.ingest.validate.ValidatedRecord;

/**
 * CSV (RFC 4180, UTF-8): one row per finding ({@code kind=finding}), one per suggested correction
 * ({@code kind=correction}: the field, and before -> after with the reason as message), and one
 * summary row per file
 * ({@code kind=summary}, filling the last four columns). One fixed header, so the file opens in a
 * spreadsheet and filters by code, severity or record.
 */
final class CsvFindingReport implements FindingReport {
  static final String HEADER =
      "kind,file,record_no,local_id,byte_offset,severity,code,field,message,"
          + "records_read,records_with_errors,flavours,encodings";
  private final PrintStream out;
  private final Locale locale;

  CsvFindingReport(PrintStream out, Locale locale) {
    this.out = out;
    this.locale = locale;
  }

  @Override
  public void begin() {
    out.println(HEADER);
  }

  @Override
  public void record(String file, ValidatedRecord record) {
    for (Finding f : record.findings()) {
      row(
          "finding",
          file,
          String.valueOf(f.recordNo()),
          f.localId(),
          f.byteOffset() < 0 ? "" : String.valueOf(f.byteOffset()),
          f.severity().label(),
          f.code().name(),
          f.fieldRef(),
          f.message(locale),
          "",
          "",
          "",
          "");
    }
    for (Correction c : CorrectionLines.of(record)) {
      row(
          "correction",
          file,
          String.valueOf(record.read().ordinal()),
          record.read().localId().orElse(null),
          String.valueOf(record.read().byteOffset()),
          "",
          "",
          c.field(),
          "\"" + c.before() + "\" -> \"" + c.after() + "\": " + CorrectionLines.why(c, locale),
          "",
          "",
          "",
          "");
    }
  }

  @Override
  public void fileSummary(FileSummary summary) {
    row(
        "summary",
        summary.file(),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        String.valueOf(summary.recordsRead()),
        String.valueOf(summary.recordsWithErrors()),
        counts(summary.sortedFlavours()),
        counts(summary.sortedEncodings()));
  }

  @Override
  public void unreadableFile(String file, String reason) {
    row("unreadable_file", file, "", "", "", "error", "", "", reason, "", "", "", "");
  }

  @Override
  public void end() {
    out.flush();
  }

  private static String counts(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }

  private void row(String... cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(Csv.cell(cells[i]));
    }
    out.println(line);
  }
}
