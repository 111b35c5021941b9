package org.unioncat.batch.report;

import java.io.IOException;

/**
 * Writes one library's report as rows arrive (in cause, then record order), so that a report of
 * any size streams. {@link #begin}, then {@link #row} for each row, then {@link #end}.
 */
public interface ReportWriter {
  void begin(ReportHeader header) throws IOException;

  void row(CorrectionRow row) throws IOException;

  /** Finishes the report and flushes; does not close the output stream. */
  void end() throws IOException;

  /** The cells of a row in {@link ReportText#COLUMNS} order, as text in the report's language. */
  static java.util.List<String> cells(CorrectionRow r, ReportLanguage lang) {
    return java.util.List.of(
        Long.toString(r.id()),
        Long.toString(r.recordId()),
        nz(r.localId()),
        r.callNumbers(),
        r.barcodes(),
        r.clusterId() == null ? "" : r.clusterId().toString(),
        nz(r.keepLibrary()),
        nz(r.keepLocalId()),
        r.keepRecordId() == null ? "" : r.keepRecordId().toString(),
        r.cause() == null ? "" : r.cause().toString(),
        ReportText.causeName(r.cause(), lang),
        ReportText.kind(r.kind(), lang),
        r.action(lang),
        r.evidence(lang),
        r.mark().label(lang),
        nz(r.markNote()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
