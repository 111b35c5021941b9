package org.unioncat.batch.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * HTML: a self-contained page (no scripts, no external files) with a section per cause, each a
 * table of its rows (the cause is the section's heading, so its columns are left out); disputed and fixed rows are shaded and their mark shown. Streamed: a section
 * is closed when the next cause begins.
 */
final class HtmlReportWriter implements ReportWriter {
  private final BufferedWriter out;
  private ReportHeader header;
  private boolean inSection;
  private Integer cause;
  private long rows;

  HtmlReportWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  @Override
  public void begin(ReportHeader h) throws IOException {
    header = h;
    out.write("<!DOCTYPE html>\n<html lang=\"" + h.lang().tag() + "\"><head><meta charset=\"utf-8\">"
        + "<title>" + Html.esc(h.title()) + "</title>" + Html.STYLE + "</head><body>\n");
    out.write("<h1 id=\"title\">" + Html.esc(h.title()) + "</h1>\n");
    out.write("<p class=\"muted\">" + Html.esc(ReportText.intro(h.lang())) + "</p>\n");
  }

  @Override
  public void row(CorrectionRow r) throws IOException {
    if (!inSection || !Objects.equals(cause, r.cause())) {
      closeSection();
      cause = r.cause();
      inSection = true;
      String id = "cause-" + (cause == null ? "none" : cause.toString());
      out.write("<section id=\"" + id + "\"><h2>" + Html.esc(
          (header.lang() == ReportLanguage.ZH ? "原因 " : "Cause ")
              + ReportText.causeLabel(cause, header.lang())) + "</h2>\n<table><thead><tr>");
      List<String> headings = ReportText.headings(header.lang());
      for (int i = 0; i < headings.size(); i++) {
        if (shown(i)) {
          out.write("<th>" + Html.esc(headings.get(i)) + "</th>");
        }
      }
      out.write("</tr></thead><tbody>\n");
    }
    rows++;
    out.write("<tr class=\"" + r.mark().name().toLowerCase(Locale.ROOT) + "\" data-row-key=\""
        + Html.esc(r.rowKey()) + "\">");
    List<String> cells = ReportWriter.cells(r, header.lang());
    for (int i = 0; i < cells.size(); i++) {
      if (!shown(i)) {
        continue;
      }
      String cls = ReportText.COLUMNS.get(i);
      out.write("<td class=\"" + cls + (cls.equals("mark") ? " mark" : "") + "\">"
          + Html.esc(cells.get(i)) + "</td>");
    }
    out.write("</tr>\n");
  }

  /** The cause and its name are the section's heading, not repeated on every row. */
  private static boolean shown(int column) {
    String c = ReportText.COLUMNS.get(column);
    return !c.equals("cause") && !c.equals("cause_name");
  }

  private void closeSection() throws IOException {
    if (inSection) {
      out.write("</tbody></table></section>\n");
      inSection = false;
    }
  }

  @Override
  public void end() throws IOException {
    closeSection();
    if (rows == 0) {
      out.write("<p id=\"empty\">" + Html.esc(ReportText.empty(header.lang())) + "</p>\n");
    }
    out.write("<p class=\"muted\" id=\"count\">" + (header.lang() == ReportLanguage.ZH
        ? "共 " + rows + " 行" : rows + (rows == 1 ? " row" : " rows")) + "</p>\n");
    out.write("</body></html>\n");
    out.flush();
  }
}
