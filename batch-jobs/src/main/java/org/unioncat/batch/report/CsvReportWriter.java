package org.unioncat.batch.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel opens Chinese text correctly): a
 * header of column names in the report's language, then one line per row.
 */
final class CsvReportWriter implements ReportWriter {
  private final BufferedWriter out;
  private ReportLanguage lang;

  CsvReportWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  @Override
  public void begin(ReportHeader header) throws IOException {
    lang = header.lang();
    out.write('\uFEFF');
    line(ReportText.headings(lang));
  }

  @Override
  public void row(CorrectionRow row) throws IOException {
    line(ReportWriter.cells(row, lang));
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }

  private void line(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(Csv.cell(cells.get(i)));
    }
    out.write("\r\n");
  }
}
