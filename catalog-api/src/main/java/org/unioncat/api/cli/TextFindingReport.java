package org.unioncat.api.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.finding.FindingMessages;
import org.unioncat.ingest.finding.Severity;
import org.unioncat.ingest.normalize.Correction;
import org.unioncat.ingest.validate.FileSummary;
import org.unioncat.ingest.validate.ValidatedRecord;

/**
 * Human-readable report: one line per finding as it is found, then a summary per file.
 *
 * <pre>
 * bu_bibs.mrc  warning  RECORD_LENGTH_MISMATCH  byte 2310  Record 3 (001 99123): the leader says...
 * </pre>
 */
final class TextFindingReport implements FindingReport {
  private static final String INDENT = "  ";
  private final PrintStream out;
  private final Locale locale;
  private final CliText text;

  TextFindingReport(PrintStream out, Locale locale) {
    this.out = out;
    this.locale = locale;
    this.text = new CliText(locale);
  }

  @Override
  public void begin() {}

  @Override
  public void record(String file, ValidatedRecord record) {
    for (Finding f : record.findings()) {
      out.println(line(file, f, text));
    }
    for (Correction c : CorrectionLines.of(record)) {
      out.println(
          file
              + "  "
              + text.get("fix")
              + "  "
              + c.field()
              + "  "
              + text.get(
                  record.read().localId().isPresent() ? "fix.lineWithId" : "fix.line",
                  String.valueOf(record.read().ordinal()),
                  record.read().localId().orElse(""),
                  c.before(),
                  c.after(),
                  CorrectionLines.why(c, locale)));
    }
  }

  /**
   * One finding as one line: file, severity, code, field, byte offset, and the sentence. The
   * {@code ingest} command prints its stored findings the same way.
   */
  static String line(String file, Finding f, CliText text) {
    Locale locale = text.locale();
    return file
        + "  "
        + FindingMessages.severityLabel(f.severity(), locale)
        + "  "
        + f.code()
        + (f.fieldRef().isEmpty() ? "" : "  " + f.fieldRef())
        + (f.byteOffset() >= 0
            ? "  " + text.get("where.offset", String.valueOf(f.byteOffset()))
            : "")
        + "  "
        + FindingMessages.sentence(f, locale);
  }

  @Override
  public void fileSummary(FileSummary summary) {
    out.println();
    out.println(text.get("summary.file", summary.file()));
    out.println(INDENT + text.get("summary.recordsRead", String.valueOf(summary.recordsRead())));
    out.println(INDENT + text.get("summary.flavours", counts(summary.sortedFlavours())));
    out.println(INDENT + text.get("summary.encodings", counts(summary.sortedEncodings())));
    out.println(INDENT + text.get("summary.withErrors", String.valueOf(summary.recordsWithErrors())));
    out.println(INDENT + text.get("summary.withWarnings", String.valueOf(summary.recordsWithWarnings())));
    Map<FindingCode, Map<Severity, Long>> byCode = summary.findingsByCodeAndSeverity();
    if (byCode.isEmpty()) {
      out.println(INDENT + text.get("summary.noFindings"));
      return;
    }
    out.println(INDENT + text.get("summary.byCode"));
    byCode.forEach(
        (code, counts) ->
            counts.forEach(
                (severity, n) ->
                    out.printf(
                        "    %-8s %-26s %d%n",
                        FindingMessages.severityLabel(severity, locale),
                        code,
                        n)));
  }

  @Override
  public void unreadableFile(String file, String reason) {
    out.println(text.get("unreadable", file, reason));
  }

  @Override
  public void end() {
    out.flush();
  }

  private static String counts(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
